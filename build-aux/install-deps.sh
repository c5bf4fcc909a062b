#!/bin/sh
# Installs the Debian 12 packages that building, running and testing need
# (build-aux/packages.txt, plus what makes the Debian 13 root), only those
# that are missing, and generates the locales the tests use. Run by
# `make run` and `make test`.
# With --debian13 (`make test`), it then also makes or updates the Debian 13
# root the suite runs in a second time (build-aux/debian13-root.sh).
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

here=$(cd "$(dirname "$0")" && pwd)

# The shared list, and on the host only: debootstrap makes the Debian 13
# root, bubblewrap (bwrap) enters it
packages="$(sed 's/#.*//' "$here/packages.txt") debootstrap bubblewrap"

missing=""
for p in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    "install ok installed") ;;
    *) missing="$missing $p" ;;
  esac
done

if [ -n "$missing" ]; then
  echo "Installing missing packages:$missing"
  if [ "$(id -u)" -eq 0 ]; then
    sudo=""
  else
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing
fi

"$here/ensure-locales.sh"

if [ "${1:-}" = "--debian13" ]; then
  "$here/debian13-root.sh"
fi
