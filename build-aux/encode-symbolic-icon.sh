#!/bin/sh
# Draws a symbolic SVG icon as a symbolic PNG of one size, for the GResource.
# Usage: encode-symbolic-icon.sh ENCODER ICON.svg SIZE OUTPUT.symbolic.png
#
# gtk4-encode-symbolic-svg names its output after the icon and writes it to
# a folder; meson wants one file per size under a name of its own.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

encoder=$1 icon=$2 size=$3 output=$4
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

"$encoder" -o "$dir" "$icon" "${size}x${size}"
mv "$dir/$(basename "$icon" .svg).symbolic.png" "$output"
