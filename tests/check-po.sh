#!/bin/sh
# Every message of every catalogue is translated, none is fuzzy, and msgfmt
# --check (format strings, plural forms, headers) is clean. The template of
# every translatable message is made here, from the sources that
# POTFILES.in lists, so that a new string without a translation fails.
# Usage: check-po.sh SOURCE_ROOT
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$1"

pot=$(mktemp)
trap 'rm -f "$pot"' EXIT
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ \
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --keyword=ngettext:1,2 --add-comments=TRANSLATORS: \
  --files-from=po/POTFILES.in --output="$pot"

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
  if ! msgcmp "$po" "$pot" >/dev/null 2>&1; then
    echo "$po: not up to date with the sources:"; msgcmp "$po" "$pot" 2>&1 | head -n 10
    status=1
  fi
done

# French puts a no-break space before : ; ? ! and inside « »: a plain one
# lets the mark wrap to a line of its own (U+00A0 before the colon and
# inside the quotes, U+202F before the others)
bad=$(awk '
  /^msgstr/ { in_str = 1 }
  /^(msgid|msgctxt|#)/ || /^$/ { in_str = 0 }
  in_str && (/ [:;?!]/ || /« / || / »/) { print FILENAME ":" FNR ": " $0 }
' po/fr.po)
if [ -n "$bad" ]; then
  echo "po/fr.po: a plain space where French needs a no-break one:"
  echo "$bad" | head -n 10
  status=1
fi
# Words a bilingual review replaced (#19): they must not come back
# (fr: "chatte" is slang, a "citation" is a quotation; nl: the official
# "gerechtelijk directeurs", one name for the ministry, "opslaan" as GTK)
for rule in "fr:chatte" "fr:Copier la citation" "fr:non nommés" \
            "nl:leidinggevenden" "nl:Departement Onderwijs" "nl:Bewaren" "nl:bewaard" "nl:Zoomen"; do
  lang=${rule%%:*} word=${rule#*:}
  if grep -n "^msgstr.*$word\|^\".*$word" "po/$lang.po" | grep -v '^[0-9]*:msgid' | head -n 3 | grep -q .; then
    echo "po/$lang.po: \"$word\" is back:"; grep -n "$word" "po/$lang.po" | head -n 3
    status=1
  fi
done
exit $status
