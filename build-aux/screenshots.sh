#!/bin/sh
# Regenerates docs/screenshots/: every section at 1280x800 and 360x720, and
# some in French and Dutch too, under the locales teachers have (en_US,
# fr_BE, nl_BE: build-aux/install-deps.sh makes them). Needs xvfb, xdotool
# and ImageMagick (apt-get install xvfb xdotool imagemagick) and a build in ./build
# (`make install` or `make run` once): it runs the app installed into
# ./_install, with its translations.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

cd "$(dirname "$0")/.."
meson install -C build --quiet >/dev/null
prefix=$(meson introspect build --buildoptions | python3 -c 'import json, sys; print([o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"][0])')
app=${ATLAS_BINARY:-$prefix/bin/online-safety-atlas}
export XDG_DATA_DIRS="$prefix/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export GSETTINGS_SCHEMA_DIR="$prefix/share/glib-2.0/schemas"
out=docs/screenshots
mkdir -p "$out"

# shot WIDTH HEIGHT SECTION FILE [LANGUAGE [SEARCH [KEYS...]]]
shot () {
  w=$1 h=$2 section=$3 file=$4 lang=${5:-} search=${6:-}
  shift 4
  [ $# -gt 0 ] && shift
  [ $# -gt 0 ] && shift
  xvfb-run -a -s "-screen 0 ${w}x${h}x24" sh -c '
    w=$1 h=$2 section=$3 file=$4 lang=$5 app=$6 search=$7; shift 7
    eval "$(dbus-launch --sh-syntax)"
    # the locale a teacher has: its language and its number formats
    case "$lang" in
      fr) locale=fr_BE.UTF-8 ;;
      nl) locale=nl_BE.UTF-8 ;;
      *) locale=en_US.UTF-8 ;;
    esac
    LANGUAGE= LANG=$locale LC_ALL= GSK_RENDERER=cairo GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 GTK_A11Y=none XDG_DATA_DIRS=$XDG_DATA_DIRS GSETTINGS_SCHEMA_DIR=$GSETTINGS_SCHEMA_DIR \
      "$app" --section "$section" >/dev/null 2>&1 &
    pid=$!
    xdotool search --sync --onlyvisible --class online-safety-atlas >/dev/null
    win=$(xdotool search --onlyvisible --class online-safety-atlas | head -n 1)
    xdotool windowmove "$win" 0 0 windowsize "$win" "$w" "$h"
    xdotool mousemove "$((w - 1))" "$((h - 1))"
    if [ -n "$search" ]; then
      sleep 0.5
      xdotool key ctrl+f
      xdotool type --delay 50 "$search"
    fi
    for key in "$@"; do
      sleep 0.3
      xdotool key "$key"
    done
    sleep 1.5
    import -window root -crop "${w}x${h}+0+0" "$file"
    kill "$pid"
    wait "$pid" 2>/dev/null
    kill "$DBUS_SESSION_BUS_PID"
  ' sh "$w" "$h" "$section" "$file" "$lang" "$app" "$search" "$@"
}

for section in overview education law-enforcement organizations research legislation timeline; do
  shot 1280 800 "$section" "$out/$section-wide.png"
  shot 360 720 "$section" "$out/$section-narrow.png"
done
# a projector: 200% zoom, and slides (F5)
shot 1024 768 research "$out/research-zoom-200-1024x768.png" "" "" ctrl+plus ctrl+plus ctrl+plus ctrl+plus
shot 1024 768 overview "$out/presentation-overview-1024x768.png" "" "" F5
shot 1024 768 research "$out/presentation-research-1024x768.png" "" "" F5 Next
shot 1024 768 legislation "$out/presentation-legislation-1024x768.png" "" "" F5 Next Next Next
# a statistic's chart on a slide; a law split over two slides, its first
shot 1024 768 overview "$out/presentation-chart-1024x768.png" "" "" F5
shot 1024 768 legislation "$out/presentation-split-1024x768.png" "" "" F5 Next Next Next Next
# the helpline's slide, the Overview's last: its website and QR code
shot 1024 768 overview "$out/presentation-helpline-1024x768.png" "" "" F5 End
# the shortcuts window (Ctrl+?) fits a 1024x768 projector on one page
shot 1024 768 overview "$out/shortcuts-1024x768.png" "" "" ctrl+question
shot 1280 800 overview "$out/search-wide.png" "" "child focus"
shot 360 720 overview "$out/search-narrow.png" "" "olafsson"
# search snippets around the match, on a projector
shot 1024 768 overview "$out/search-snippets-1024x768.png" "" "cyber"
# the dated notes beside the 2016 law, in the three languages, and on a slide
for lang in en fr nl; do
  shot 1280 800 legislation "$out/legislation-notes-$lang.png" $lang
done
shot 1024 768 legislation "$out/presentation-notes-1024x768.png" "" "" F5 End
for lang in fr nl; do
  shot 1280 800 overview "$out/search-wide-$lang.png" $lang "internet"
  shot 1280 800 overview "$out/overview-wide-$lang.png" $lang
  shot 1280 800 legislation "$out/legislation-wide-$lang.png" $lang
  shot 360 720 research "$out/research-narrow-$lang.png" $lang
done
echo "Screenshots in $out/"
