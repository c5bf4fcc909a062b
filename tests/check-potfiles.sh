#!/bin/sh
# Fails when a file with translatable strings is missing from po/POTFILES.in
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$1"

missing=$(grep -rlE '\b(_|N_|C_|NC_|ngettext)\s*\(|translatable="yes"' src resources data \
            --include='*.c' --include='*.ui' --include='*.in' \
          | while read -r f; do grep -qxF "$f" po/POTFILES.in || echo "$f"; done)
# .desktop.in.in and other data templates are translated whole
# and so are the texts of the profiles, through po/profile-strings.pot
for f in data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.mime.xml.in data/*.gschema.xml \
         po/profile-strings.pot; do
  [ -e "$f" ] || continue
  grep -qxF "$f" po/POTFILES.in || missing="$missing $f"
done

if [ -n "$missing" ]; then
  echo "Missing from po/POTFILES.in:" $missing
  exit 1
fi
echo "po/POTFILES.in lists every file with translatable strings"
