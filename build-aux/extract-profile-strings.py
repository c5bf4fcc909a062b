#!/usr/bin/env python3
# Writes the translatable texts of the shipped profiles as a .pot file.
#
# xgettext 0.21 cannot read JSON. This script writes the texts that the
# app translates (the item classes of src/core name them, and
# src/core/atlas-translations.c looks them up) with the same message
# contexts, to po/profile-strings.pot. That file is listed in
# po/POTFILES.in, so xgettext merges it into the catalogue like any source
# file and translators work in po/*.po only. The test "profile-strings"
# fails when the file is not up to date. See docs/translating.md.
#
# Usage: extract-profile-strings.py [--check] OUTPUT PROFILE-OR-DIRECTORY...
#   build-aux/extract-profile-strings.py po/profile-strings.pot resources/profiles
#
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import json
import os
import sys

# Which fields are translated, and the context the loader looks them up
# in. "*" is any member of an array. Notes and sources may be anywhere:
# ANYWHERE below finds them. Everything else (publication titles and
# authors, names of people, numbers, addresses, licences) stays as
# published.
FIELDS = [
    (("country", "name"), "country name"),
    (("edition", "note"), "edition note"),
    (("helpline", "cost"), "helpline cost"),
    (("helpline", "hours"), "helpline hours"),
    (("helpline", "channels", "*"), "helpline channel"),
    (("helpline", "description"), "helpline description"),
    (("statistics", "*", "label"), "statistic label"),
    (("statistics", "*", "note"), "statistic note"),
    (("statistics", "*", "counted"), "figure counted"),
    (("statistics", "*", "period"), "figure period"),
    (("statistics", "*", "secondary", "counted"), "figure counted"),
    (("statistics", "*", "secondary", "period"), "figure period"),
    (("statistics", "*", "history", "*", "counted"), "figure counted"),
    (("statistics", "*", "history", "*", "period"), "figure period"),
    (("statistics", "*", "series", "*", "label"), "series label"),
    (("statistics_note",), "statistics note"),
    (("education", "*", "title"), "initiative title"),
    (("education", "*", "description"), "initiative description"),
    (("law_enforcement", "agency"), "police agency"),
    (("law_enforcement", "description"), "law enforcement description"),
    (("law_enforcement", "units", "*", "name"), "police unit name"),
    (("law_enforcement", "units", "*", "remit"), "police unit remit"),
    (("organizations", "*", "name"), "organization name"),
    (("organizations", "*", "description"), "organization description"),
    (("research", "*", "summary"), "publication summary"),
    (("legislation", "intro"), "legislation intro"),
    (("legislation", "items", "*", "title"), "legal item title"),
    (("legislation", "items", "*", "code"), "legal code"),
    (("legislation", "items", "*", "part"), "legal code part"),
    (("legislation", "items", "*", "description"), "legal item description"),
    (("legislation", "items", "*", "penalty"), "legal item penalty"),
    (("timeline", "*", "title"), "event title"),
    (("timeline", "*", "description"), "event description"),
]

# Fields of objects that may be at any depth: the text of each note (in
# the "notes" of any item or of the helpline, and in "section_notes"), and
# the name of each source (of a figure, a series, the helpline, a note).
# A key of ANYWHERE is the member that holds such objects: an array of
# them for notes, one object for a source, an object of arrays for
# section_notes.
ANYWHERE = [
    ("notes", "array", "text", "note text"),
    ("section_notes", "object of arrays", "text", "note text"),
    ("source", "object", "name", "source name"),
]

# What translators are told about each context
COMMENTS = {
    "organization name": "Use the organization's own name in your language where it has one; "
                         "otherwise copy the name unchanged.",
    "police unit name": "Use the unit's own name in your language where it has one; "
                        "otherwise copy the name unchanged.",
    "legal code": "The name of the code in Belgian law, e.g. Strafwetboek, Code pénal.",
    "legal item description": "Legal text: use the Belgian legal terms. The app marks it "
                              "as an unofficial translation.",
    "legal item penalty": "Legal text: use the Belgian legal terms. The app marks it "
                          "as an unofficial translation.",
    "note text": "A dated note beside the edition's text: what changed since, or what the "
                 "edition gets wrong. Legal text: use the Belgian legal terms and the official "
                 "names of laws and codes.",
    "source name": "Where a fact comes from, as a reader would cite it. Translate the "
                   "descriptive words (titles of laws, \"reported by\", dates, names of "
                   "institutions that have one in your language); keep names of websites, "
                   "publications and indicator codes as they are.",
}

PREFIX = "profile: "


def walk(value, pattern, path, found):
    if not pattern:
        if isinstance(value, str):
            found.append(("/".join(path), value))
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(value, list):
            for i, item in enumerate(value):
                name = item.get("id", str(i)) if isinstance(item, dict) else str(i)
                walk(item, rest, path + [name], found)
    elif isinstance(value, dict) and head in value:
        walk(value[head], rest, path + [head], found)


def quote(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + s + '"'


def extract(profiles, root):
    # (context, msgid) -> list of (reference, path); in order of first use
    messages = {}
    for profile in profiles:
        with open(profile, encoding="utf-8") as f:
            data = json.load(f)
        reference = os.path.relpath(profile, root)
        found = []
        for pattern, context in FIELDS:
            for path, text in walk_all(data, pattern):
                found.append((context, text, path))
        walk_anywhere(data, [], found)
        for context, text, path in found:
            messages.setdefault((context, text), []).append((reference, path))
    return messages


def walk_all(data, pattern):
    found = []
    walk(data, pattern, [], found)
    return found


def name_of(item, index):
    return item.get("id", str(index)) if isinstance(item, dict) else str(index)


def walk_anywhere(value, path, found):
    """Finds the fields of ANYWHERE at any depth, in document order:
    appends (context, text, path) to found."""
    if isinstance(value, list):
        for i, item in enumerate(value):
            walk_anywhere(item, path + [name_of(item, i)], found)
        return
    if not isinstance(value, dict):
        return
    for key, member in value.items():
        for holder, shape, field, context in ANYWHERE:
            if key != holder:
                continue
            if shape == "array":
                groups = [(path + [key], member)]
            elif shape == "object of arrays":
                groups = [(path + [key, name], notes) for name, notes in member.items()] \
                    if isinstance(member, dict) else []
            else:
                groups = [(path, [member])]
            for group_path, objects in groups:
                if not isinstance(objects, list):
                    continue
                for i, obj in enumerate(objects):
                    if isinstance(obj, dict) and isinstance(obj.get(field), str):
                        where = group_path + ([key] if shape == "object" else [str(i)])
                        found.append((context, obj[field], "/".join(where + [field])))
        walk_anywhere(member, path + [key], found)


def render(messages):
    out = [
        "# Translatable texts of the shipped profiles.",
        "# Generated by build-aux/extract-profile-strings.py: do not edit.",
        "# Listed in po/POTFILES.in; see docs/translating.md.",
        "#, fuzzy",
        'msgid ""',
        'msgstr ""',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Content-Transfer-Encoding: 8bit\\n"',
        "",
    ]
    for (context, text), uses in messages.items():
        bare = context
        if bare in COMMENTS:
            out.append("#. TRANSLATORS: " + COMMENTS[bare])
        for reference, path in uses:
            out.append("#. " + path)
        for reference in dict.fromkeys(r for r, _ in uses):
            out.append("#: " + reference)
        out.append("msgctxt " + quote(PREFIX + context))
        out.append("msgid " + quote(text))
        out.append('msgstr ""')
        out.append("")
    return "\n".join(out)


def main(argv):
    check = False
    if argv and argv[0] == "--check":
        check = True
        argv = argv[1:]
    if len(argv) < 2:
        print("usage: extract-profile-strings.py [--check] OUTPUT PROFILE-OR-DIRECTORY...",
              file=sys.stderr)
        return 2
    output, profiles = argv[0], []
    for arg in argv[1:]:
        profiles += glob.glob(os.path.join(arg, "*.json")) if os.path.isdir(arg) else [arg]
    profiles.sort()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    text = render(extract(profiles, root))

    if check:
        try:
            with open(output, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print(f"{os.path.relpath(output, root)} is not up to date with the profiles. Run:\n"
                  f"  build-aux/extract-profile-strings.py po/profile-strings.pot "
                  f"resources/profiles", file=sys.stderr)
            return 1
        print(f"{os.path.relpath(output, root)} is up to date")
        return 0

    with open(output, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
