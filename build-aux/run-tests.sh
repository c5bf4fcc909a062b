#!/bin/sh
# Runs every test under a virtual display and a private session bus, once
# for each build directory given (the plain build, then the build with
# AddressSanitizer and UndefinedBehaviorSanitizer), then prints one summary
# line: "Tests: N passed, N failed". With RELEASE_BUILDDIR set, compiling
# that build (release, warnings as errors) counts as one more test.
#
# With TESTS_STACK set (build-aux/test-stacks.sh runs it so, once on the
# host and once in the Debian 13 root), it is one stack of several: it ends
# with "$TESTS_STACK: N passed, N failed" instead, and writes "N N" to the
# file TESTS_COUNTS names, for the caller to add up.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

passed=0
failed=0

for builddir in "$@"; do
  echo "== Tests in $builddir"
  # A log left by an earlier run must not count for this one
  log="$builddir/meson-logs/testlog.json"
  rm -f "$log"
  # The sanitizers' options are in each test's environment (tests/meson.build)
  (
    xvfb-run -a -s '-screen 0 1280x800x24' \
      dbus-run-session -- \
      meson test -C "$builddir" --print-errorlogs --no-rebuild --timeout-multiplier 3 2>&1 \
      | grep -v '^dbus-daemon\['
  )

  # meson writes one JSON object per test; count them rather than trust an
  # exit status, so that a run with no tests shows as 0 passed
  if [ -f "$log" ]; then
    ok=$(grep -c '"result": "OK"' "$log" || true)
    total=$(grep -c '"result": ' "$log" || true)
    skipped=$(grep -c '"result": "SKIP"' "$log" || true)
    passed=$((passed + ok))
    failed=$((failed + total - ok - skipped))
  else
    failed=$((failed + 1))
  fi
done

if [ -n "${RELEASE_BUILDDIR:-}" ]; then
  echo "== Release build in $RELEASE_BUILDDIR (warnings are errors)"
  if meson compile -C "$RELEASE_BUILDDIR" >"$RELEASE_BUILDDIR/compile.log" 2>&1; then
    echo "release build: OK"
    passed=$((passed + 1))
  else
    grep -E 'warning|error' "$RELEASE_BUILDDIR/compile.log" | head -n 20
    echo "release build: FAIL (log: $RELEASE_BUILDDIR/compile.log)"
    failed=$((failed + 1))
  fi
fi

if [ -n "${TESTS_STACK:-}" ]; then
  echo "$TESTS_STACK: $passed passed, $failed failed"
  [ -z "${TESTS_COUNTS:-}" ] || echo "$passed $failed" >"$TESTS_COUNTS"
else
  echo "Tests: $passed passed, $failed failed"
fi
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
