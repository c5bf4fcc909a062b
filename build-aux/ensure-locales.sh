#!/bin/sh
# Generates the locales the tests switch to (fr_BE, nl_BE, en_US, all
# UTF-8), and only those that are missing: a fresh Debian has C.UTF-8 only.
# Runs on the host (build-aux/install-deps.sh) and inside the Debian 13
# root (build-aux/debian13-root.sh). Needs root and the `locales` package.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

wanted="fr_BE.UTF-8 nl_BE.UTF-8 en_US.UTF-8"

# `locale -a` spells them fr_BE.utf8
present=$(locale -a 2>/dev/null || true)
missing=""
for l in $wanted; do
  short="${l%.UTF-8}.utf8"
  if ! printf '%s\n' "$present" | grep -qx "$short"; then
    missing="$missing $l"
  fi
done

[ -z "$missing" ] && exit 0

echo "Generating locales:$missing"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
else
  sudo="sudo"
fi
for l in $missing; do
  # Uncomment "# fr_BE.UTF-8 UTF-8" in /etc/locale.gen, or add the line
  if grep -q "^# *$l UTF-8" /etc/locale.gen; then
    $sudo sed -i "s/^# *$l UTF-8/$l UTF-8/" /etc/locale.gen
  elif ! grep -q "^$l UTF-8" /etc/locale.gen; then
    echo "$l UTF-8" | $sudo tee -a /etc/locale.gen >/dev/null
  fi
done
$sudo locale-gen
