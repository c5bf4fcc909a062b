#!/bin/sh
# Runs every test on each stack the app must build on, one after the other:
#   Debian 12, the host (GTK 4.8, libadwaita 1.2: the oldest API we write to)
#   Debian 13, in a root of its own (GTK 4.18, libadwaita 1.7: the closest
#     these machines get to the GNOME runtime of the Flatpak)
# Each stack runs `make test-stack` (the plain and sanitized suites through
# build-aux/run-tests.sh, and the release build with warnings as errors) in
# build directories of its own; the Debian 13 one runs inside the root
# (build-aux/debian13-run.sh), which install-deps.sh --debian13 makes or
# updates first. Prints a header with each stack's versions, its count line
# and its time, then ONE line for both: "Tests: N passed, N failed".
# A stack that cannot be set up or built counts as a failure. Run by
# `make test`.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.." || exit 1
root=${ATLAS_DEBIAN13_ROOT:-/var/cache/online-safety-atlas/debian13}
make=${MAKE:-make}

passed=0
failed=0

# Runs one stack: NAME COUNTS COMMAND...; COMMAND runs run-tests.sh with
# TESTS_STACK=NAME and TESTS_COUNTS=COUNTS, which writes "passed failed"
# there. No such file afterwards means the stack did not get as far as its
# tests (a build failed): one failure.
run_stack() {
  name=$1 counts=$2
  shift 2
  rm -f "$counts"
  start=$(date +%s)
  "$@"
  seconds=$(($(date +%s) - start))
  if [ -s "$counts" ]; then
    read -r p f <"$counts"
  else
    echo "$name: FAIL, did not build or did not run its tests (see above)"
    p=0 f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  echo "$name: done in $((seconds / 60)) min $((seconds % 60)) s"
}

# Debian 12, the host; make's deps target installs what is missing
echo "== Debian 12 (host): $("$here/stack-versions.sh")"
host_counts=${BUILDDIR:-build}/stack-counts
run_stack "Debian 12 (host)" "$host_counts" \
  env TESTS_STACK="Debian 12 (host)" TESTS_COUNTS="$host_counts" \
  "$make" --no-print-directory test-stack

# Debian 13, in the root: made on the first run (about 2 minutes), brought
# up to date when build-aux/packages.txt changes
echo "== Debian 13 (root in $root): setting up"
if "$here/install-deps.sh" --debian13; then
  echo "== Debian 13 (root in $root): $("$here/debian13-run.sh" build-aux/stack-versions.sh)"
  # DEPS= : the root is read-only in there; install-deps.sh did its part
  run_stack "Debian 13 (root)" build-debian13/stack-counts \
    "$here/debian13-run.sh" env TESTS_STACK="Debian 13 (root)" \
    TESTS_COUNTS=build-debian13/stack-counts \
    make --no-print-directory DEPS= BUILDDIR=build-debian13 \
    SANITIZEDIR=build-debian13-sanitize RELEASEDIR=build-debian13-release test-stack
else
  echo "Debian 13 (root): FAIL, the root could not be made or updated"
  failed=$((failed + 1))
fi

echo "Tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
