#!/bin/sh
# Builds the libFuzzer target of tests/fuzz/ with clang and runs it for
# FUZZ_SECONDS (default 1800). See tests/fuzz/README.md.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-1800}
out=build-fuzz
mkdir -p "$out/corpus" "$out/seeds"

for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="${missing:-} $p"
done
if [ -n "${missing:-}" ]; then
  echo "Installing:$missing"
  ${SUDO:-$( [ "$(id -u)" -eq 0 ] || echo sudo )} apt-get install -y -qq $missing
fi

[ -f build/config.h ] || meson setup build
meson compile -C build >/dev/null

# shellcheck disable=SC2046
clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 -I build -I src/core \
  $(pkg-config --cflags json-glib-1.0 gio-2.0) \
  src/core/*.c tests/fuzz/fuzz-profile.c \
  $(pkg-config --libs json-glib-1.0 gio-2.0) -lm \
  -o "$out/fuzz-profile"

cp resources/profiles/*.json "$out/seeds/"
find tests/data -name '*.json' -exec cp {} "$out/seeds/" \;

ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  "$out/fuzz-profile" -max_total_time="$seconds" -max_len=131072 -timeout=10 \
  -dict=tests/fuzz/atlas.dict -artifact_prefix="$out/" -print_final_stats=1 \
  "$out/corpus" "$out/seeds"
