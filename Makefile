# A thin layer over meson: `make run` and `make test` do all the set-up on a
# fresh Debian 12 machine (missing packages are installed with apt; `make
# test` also makes a Debian 13 root, cached in /var/cache, to test in).
# SPDX-License-Identifier: GPL-3.0-or-later

BUILDDIR ?= build
SANITIZEDIR ?= build-sanitize
RELEASEDIR ?= build-release
PREFIX ?= $(CURDIR)/_install
# The Debian 13 root builds here (build-aux/test-stacks.sh)
DEBIAN13_DIRS = build-debian13 build-debian13-sanitize build-debian13-release
# Inside the Debian 13 root, which is read-only, this is emptied
DEPS ?= deps

.PHONY: all deps build build-sanitize build-release install run test test-stack fuzz clean

all: build

deps:
	@build-aux/install-deps.sh

$(BUILDDIR)/build.ninja:
	meson setup $(BUILDDIR) --prefix=$(PREFIX)

build: $(DEPS) $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)

install: build
	meson install -C $(BUILDDIR) --quiet

# Runs the app installed into ./_install, with its translations and data
run: install
	XDG_DATA_DIRS="$(PREFIX)/share:$${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
	GSETTINGS_SCHEMA_DIR="$(PREFIX)/share/glib-2.0/schemas" \
	$(PREFIX)/bin/online-safety-atlas

# The same code built with AddressSanitizer and UndefinedBehaviorSanitizer
$(SANITIZEDIR)/build.ninja:
	meson setup $(SANITIZEDIR) --prefix=$(PREFIX) -Db_sanitize=address,undefined -Db_lundef=false

build-sanitize: $(DEPS) $(SANITIZEDIR)/build.ninja
	meson compile -C $(SANITIZEDIR)

# The release build the Flatpak makes, warnings as errors: its optimizer
# finds warnings the debug build does not (maybe-uninitialized). bench/run
# measures this build.
$(RELEASEDIR)/build.ninja:
	meson setup $(RELEASEDIR) --prefix=$(PREFIX) --buildtype=release --werror

build-release: $(DEPS) $(RELEASEDIR)/build.ninja
	meson compile -C $(RELEASEDIR)

# Every test on the stack make runs on: on the plain build and on the
# sanitized one; and, counted as one more test, the release build compiling
# without a warning
test-stack: build build-sanitize $(RELEASEDIR)/build.ninja
	@RELEASE_BUILDDIR=$(RELEASEDIR) build-aux/run-tests.sh $(BUILDDIR) $(SANITIZEDIR)

# test-stack on the host (Debian 12), then in a Debian 13 root, with one
# summary line for both
test:
	@BUILDDIR=$(BUILDDIR) build-aux/test-stacks.sh

# Fuzzes the profile loader for FUZZ_SECONDS (tests/fuzz/README.md)
fuzz: deps
	build-aux/fuzz.sh

clean:
	rm -rf $(BUILDDIR) $(SANITIZEDIR) $(RELEASEDIR) $(PREFIX) build-fuzz $(DEBIAN13_DIRS)
