#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifest parses, names the app and its command, builds this
checkout, and asks for exactly the minimal permissions (no network, no
files: those come through the portal)."""

import json
import sys

EXPECTED_FINISH_ARGS = [
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
]

manifest_path, app_id, command = sys.argv[1:4]
failures = []

with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)

if manifest.get("id", manifest.get("app-id")) != app_id:
    failures.append(f"id is {manifest.get('id')!r}, expected {app_id!r}")
if manifest.get("command") != command:
    failures.append(f"command is {manifest.get('command')!r}, expected {command!r}")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
    failures.append("runtime and sdk must be the GNOME runtime and SDK")
if sorted(manifest.get("finish-args", [])) != sorted(EXPECTED_FINISH_ARGS):
    failures.append(f"finish-args are {manifest.get('finish-args')}, expected exactly {EXPECTED_FINISH_ARGS}")

# The app switches between English, French and Dutch while it runs. With
# separate locales, flatpak-builder moves the catalogues into a .Locale
# extension of which Flatpak installs only the desktop's own languages: a
# teacher on an English desktop who picks Français would stay in English.
if manifest.get("separate-locales") is not False:
    failures.append('"separate-locales" must be false: the language switch needs every catalogue')

modules = manifest.get("modules", [])
app_module = modules[-1] if modules else {}
if app_module.get("buildsystem") != "meson":
    failures.append("the last module must build the app with meson")
if not any(s.get("type") == "dir" for s in app_module.get("sources", [])):
    failures.append("the app module must build from the local checkout (a 'dir' source)")

# The libraries the runtime lacks (libqrencode) are built first, each from
# its release tarball, checked by its sha256
for module in modules[:-1]:
    for source in module.get("sources", []):
        if source.get("type") == "archive" and (
                not source.get("url", "").startswith("https://")
                or len(source.get("sha256", "")) != 64):
            failures.append(f"module {module.get('name')!r}: an archive needs an https url and a sha256")
if not any(module.get("name") == "libqrencode" for module in modules[:-1]):
    failures.append("libqrencode (the helpline's QR code) must be built before the app")

for failure in failures:
    print(f"{manifest_path}: {failure}")
if failures:
    sys.exit(1)
print(f"{manifest_path}: {app_id}, command {command}, finish-args {EXPECTED_FINISH_ARGS}")
