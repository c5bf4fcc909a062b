#!/bin/sh
# Every message of every catalogue is translated, none is fuzzy, and msgfmt
# --check (format strings, plural forms, headers) is clean.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$1"

status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  po="po/$lang.po"
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1) || {
    echo "$po: msgfmt --check failed: $stats"; status=1; continue; }
  case "$stats" in
    *untranslated*|*fuzzy*) echo "$po: $stats"; status=1 ;;
    *) echo "$po: $stats" ;;
  esac
  # Messages of the sources that the catalogue lacks
  if ! msgcmp "$po" "$2" >/dev/null 2>&1; then
    echo "$po: not up to date with the sources:"; msgcmp "$po" "$2" 2>&1 | head -n 10
    status=1
  fi
done
exit $status
