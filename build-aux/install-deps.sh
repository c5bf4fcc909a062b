#!/bin/sh
# Installs the Debian 12 packages that building, running and testing need,
# and only those that are missing. Run by `make run` and `make test`.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

packages="
  gcc libc6-dev pkg-config meson ninja-build gettext libgtk-4-bin
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  desktop-file-utils appstream adwaita-icon-theme fonts-cantarell
  xvfb xauth dbus dbus-x11 python3-jsonschema valgrind poppler-utils
"

missing=""
for p in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    "install ok installed") ;;
    *) missing="$missing $p" ;;
  esac
done

[ -z "$missing" ] && exit 0

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
