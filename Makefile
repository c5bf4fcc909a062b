# A thin layer over meson: `make run` and `make test` do all the set-up on a
# fresh Debian 12 machine (missing packages are installed with apt).
# SPDX-License-Identifier: GPL-3.0-or-later

BUILDDIR ?= build
PREFIX ?= $(CURDIR)/_install

.PHONY: all deps build install run test clean

all: build

deps:
	@build-aux/install-deps.sh

$(BUILDDIR)/build.ninja:
	meson setup $(BUILDDIR) --prefix=$(PREFIX)

build: deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)

install: build
	meson install -C $(BUILDDIR) --quiet

# Runs the app installed into ./_install, with its translations and data
run: install
	XDG_DATA_DIRS="$(PREFIX)/share:$${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
	GSETTINGS_SCHEMA_DIR="$(PREFIX)/share/glib-2.0/schemas" \
	$(PREFIX)/bin/online-safety-atlas

test: build
	@build-aux/run-tests.sh $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR) $(PREFIX)
