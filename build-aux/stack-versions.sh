#!/bin/sh
# Prints the versions of the stack it runs on, in one line, for the
# headers of build-aux/test-stacks.sh (on the host and in the Debian 13
# root).
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

v() { pkg-config --modversion "$1" 2>/dev/null || echo "?"; }
echo "GTK $(v gtk4), libadwaita $(v libadwaita-1), GLib $(v glib-2.0)," \
  "json-glib $(v json-glib-1.0), meson $(meson --version 2>/dev/null || echo "?")," \
  "Debian $(cat /etc/debian_version)"
