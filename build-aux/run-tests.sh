#!/bin/sh
# Runs every test under a virtual display and a private session bus, then
# prints one summary line: "Tests: N passed, N failed".
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

builddir=${1:-build}

xvfb-run -a -s '-screen 0 1280x800x24' \
  dbus-run-session -- \
  meson test -C "$builddir" --print-errorlogs --no-rebuild 2>&1 \
  | grep -v '^dbus-daemon\[' 
status=$?

# meson writes one JSON object per test; count them rather than trust the
# exit status alone, so that a run with no tests shows as 0 passed
log="$builddir/meson-logs/testlog.json"
passed=0
failed=0
if [ -f "$log" ]; then
  passed=$(grep -c '"result": "OK"' "$log" || true)
  total=$(grep -c '"result": ' "$log" || true)
  skipped=$(grep -c '"result": "SKIP"' "$log" || true)
  failed=$((total - passed - skipped))
fi

echo "Tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
