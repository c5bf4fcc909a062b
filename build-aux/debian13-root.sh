#!/bin/sh
# Makes, or brings up to date, the Debian 13 root that `make test` builds
# and tests the app in (the stack closest to the GNOME runtime these
# machines can reach: GTK 4.18, libadwaita 1.7). Run by
# `build-aux/install-deps.sh --debian13`.
#
# The root lives outside the source tree, in
# /var/cache/online-safety-atlas/debian13 (ATLAS_DEBIAN13_ROOT overrides
# it), and is kept between runs. A fresh machine makes it with debootstrap
# from the host's own Debian mirror (about 30 s), then installs the
# packages of build-aux/packages.txt, the same list as the host's (about a
# minute). Beside it:
#   debian13.new       a root being made; found at start = an interrupted
#                      run, removed and made again
#   debian13.packages  the package list installed last: when
#                      packages.txt changes, what is missing is installed
#   debian13.lock      one run at a time (flock)
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=${ATLAS_DEBIAN13_ROOT:-/var/cache/online-safety-atlas/debian13}
new="$root.new"
stamp="$root.packages"

if [ "$(id -u)" -ne 0 ]; then
  # debootstrap, apt-get and locale-gen need root
  exec sudo ATLAS_DEBIAN13_ROOT="$root" "$0" "$@"
fi

# The list, one name a line, without comments: also what the stamp holds
packages=$(sed 's/#.*//' "$here/packages.txt" | tr -s '[:blank:]' '\n' | grep -v '^$')

# The host's mirror, read at run time (never written into the repository):
# the first non-security URI of the deb822 sources, else of sources.list
host_mirror() {
  m=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    m=$(awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' \
      /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$m" ] && [ -f /etc/apt/sources.list ]; then
    m=$(awk '$1 == "deb" {
        i = 2
        if ($i ~ /^\[/) { while (i < NF && $i !~ /\]$/) i++; i++ }
        if ($i !~ /security/) { print $i; exit }
      }' /etc/apt/sources.list)
  fi
  if [ -z "$m" ]; then
    echo "$0: no Debian mirror found in the host's apt sources" >&2
    return 1
  fi
  echo "$m"
}

# Removes a root, after undoing whatever is still mounted below it (a
# debootstrap killed midway leaves its /proc and /sys mounted), so that rm
# can never reach into the host's /proc, /sys or /dev
remove_root() {
  awk -v d="$1/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r |
    while read -r m; do umount -l "$m" || true; done
  if awk -v d="$1/" 'index($2, d) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
    echo "$0: $1 still has mounts below it; not removing it" >&2
    return 1
  fi
  rm -rf --one-file-system "$1"
}

# Installs the list into the root $1 (missing packages only: apt-get skips
# the rest), and generates the locales the tests use
install_packages() {
  cp /etc/resolv.conf "$1/etc/resolv.conf"
  # shellcheck disable=SC2086
  ATLAS_DEBIAN13_ROOT="$1" "$here/debian13-run.sh" --write sh -eu -c '
    # An install interrupted last time leaves packages half-configured
    dpkg --configure -a
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    apt-get clean
  ' sh $packages
}

mkdir -p "$(dirname "$root")"
exec 9>"$root.lock"
flock 9

if [ -e "$new" ]; then
  echo "Removing a half-made Debian 13 root ($new)"
  remove_root "$new"
fi

if [ ! -d "$root" ]; then
  mirror=$(host_mirror)
  echo "Making the Debian 13 root in $root from $mirror (about 2 minutes, once)"
  rm -f "$stamp"
  debootstrap --variant=minbase --include=ca-certificates trixie "$new" "$mirror" \
    >"$root.debootstrap.log" 2>&1 || {
    tail -n 20 "$root.debootstrap.log" >&2
    echo "$0: debootstrap failed (log: $root.debootstrap.log)" >&2
    exit 1
  }
  install_packages "$new"
  ATLAS_DEBIAN13_ROOT="$new" "$here/debian13-run.sh" --write "$here/ensure-locales.sh"
  printf '%s\n' "$packages" >"$stamp"
  mv "$new" "$root"
  exit 0
fi

if [ "$(cat "$stamp" 2>/dev/null || true)" != "$packages" ]; then
  echo "Installing the packages missing from the Debian 13 root"
  install_packages "$root"
  printf '%s\n' "$packages" >"$stamp"
fi
"$here/debian13-run.sh" --write "$here/ensure-locales.sh"
