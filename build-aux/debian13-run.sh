#!/bin/sh
# Runs a command inside the Debian 13 root (build-aux/debian13-root.sh
# makes it) with bubblewrap, which leaves no mount behind when it ends.
# Usage: debian13-run.sh [--write] COMMAND [ARG...]
#
# The source tree is bound at the same path inside, read-write, so that
# build directories made inside work; /tmp, /var/tmp, /run and HOME are
# fresh and empty. By default the root is read-only (several checkouts can
# test in it at once, and no test can change it) and there is no network
# (Xvfb's abstract sockets then cannot clash with the host's displays).
# --write makes the root writable and keeps the network, for apt-get and
# locale-gen (debian13-root.sh copies the host's resolv.conf in first). The environment is emptied: PATH is the root's own, so that
# python3, meson and the compiler inside are the root's.
# ATLAS_DEBIAN13_ROOT overrides where the root is.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

root=${ATLAS_DEBIAN13_ROOT:-/var/cache/online-safety-atlas/debian13}
src=$(cd "$(dirname "$0")/.." && pwd)

write=false
if [ "${1:-}" = "--write" ]; then
  write=true
  shift
fi
if [ "$#" -eq 0 ]; then
  echo "Usage: $0 [--write] COMMAND [ARG...]" >&2
  exit 2
fi
if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "$0: no Debian 13 root in $root (build-aux/install-deps.sh --debian13 makes it)" >&2
  exit 1
fi

# bwrap keeps the caller's uid: apt-get and locale-gen need root, tests
# and builds do not (bwrap then works in a user namespace of its own)
sudo=""
if $write; then
  bind=--bind net=--share-net
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
else
  bind=--ro-bind net=--unshare-net
fi

exec $sudo bwrap "$bind" "$root" / \
  --proc /proc --dev /dev \
  --perms 1777 --tmpfs /tmp --perms 1777 --tmpfs /var/tmp \
  --tmpfs /run --tmpfs /root \
  --bind "$src" "$src" \
  "$net" --unshare-pid --unshare-ipc --unshare-uts --die-with-parent \
  --clearenv \
  --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --setenv HOME /root \
  --setenv LANG C.UTF-8 \
  --setenv TERM "${TERM:-dumb}" \
  --setenv DEBIAN_FRONTEND noninteractive \
  --chdir "$src" \
  -- "$@"
