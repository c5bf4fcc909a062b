#!/bin/sh
# Installs into a temporary root with `meson install --destdir` and checks
# that everything a desktop needs is there.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
builddir=$1 prefix=$2 app_id=$3

destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT

if ! log=$(meson install -C "$builddir" --destdir "$destdir" --no-rebuild --quiet 2>&1); then
  echo "meson install failed:"
  echo "$log"
  exit 1
fi

root="$destdir$prefix"
status=0
for f in \
  bin/online-safety-atlas \
  share/applications/$app_id.desktop \
  share/metainfo/$app_id.metainfo.xml \
  share/dbus-1/services/$app_id.service \
  share/gnome-shell/search-providers/$app_id.search-provider.ini \
  share/mime/packages/$app_id.mime.xml \
  share/glib-2.0/schemas/$app_id.gschema.xml \
  share/icons/hicolor/scalable/apps/$app_id.svg \
  share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg \
  share/locale/fr/LC_MESSAGES/online-safety-atlas.mo \
  share/locale/nl/LC_MESSAGES/online-safety-atlas.mo
do
  if [ -e "$root/$f" ]; then
    echo "ok: $f"
  else
    echo "missing: $f"
    status=1
  fi
done

# GNOME Shell finds the search provider where the app exports it
grep -q "^ObjectPath=/io/github/onlinesafetyatlas/Atlas/SearchProvider$" \
  "$root/share/gnome-shell/search-providers/$app_id.search-provider.ini" || { echo "search provider at the wrong path"; status=1; }

# The installed desktop file and metainfo are translated
grep -q '^Name\[fr\]=' "$root/share/applications/$app_id.desktop" || { echo "desktop file not translated"; status=1; }
grep -q 'xml:lang="nl"' "$root/share/metainfo/$app_id.metainfo.xml" || { echo "metainfo not translated"; status=1; }
exit $status
