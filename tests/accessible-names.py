#!/usr/bin/python3
# accessible-names.py: reads, over AT-SPI, the names a screen reader hears
# for every control of a running GTK process, and reports the bad ones.
#
# GTK 4.8 has no API that returns the name it computes for a widget (its
# label property, then the widgets that label it, then a fallback), so
# test-accessible.c shows the window in a state and runs this script, which
# asks the real accessibility bus, as Orca does.
#
# Usage: accessible-names.py --pid PID [--page TITLE] [--scene NAME]
#                            [--min-controls N]
#
# --page TITLE: the window's content is a stack whose page titled TITLE is
#   shown; the stack's other pages are left out (each is checked when it is
#   shown), and the controls of the page are one group for the duplicate
#   check, apart from the window around it (header bar, sidebar).
#
# Exit status: 0 when every control is well named, 1 when not (one line per
# problem on standard output), 77 when pyatspi is missing, 2 on other
# errors (the application or the page not found).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import re
import sys
import time

try:
    import pyatspi
except ImportError:
    print("pyatspi is missing (Debian: python3-pyatspi gir1.2-atspi-2.0 at-spi2-core)")
    sys.exit(77)

# The roles of what a user acts on. An expander is a push button in GTK 4.8,
# a drop-down a combo box with a push button inside, a menu button a push
# button (or toggle button) with another inside.
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "link",
    "list item", "entry", "password text", "spin button", "combo box",
    "menu item", "check menu item", "radio menu item", "switch", "page tab",
    "slider", "expander", "button",
}

# Names GTK falls back to when a control has none: its type
CLASS_NAME = re.compile(r"^(Gtk|Adw|Atlas)[A-Z][A-Za-z]*$")
# A mnemonic underscore: "_Copy", "(_Values)"; not the one in "cell_phones"
MNEMONIC = re.compile(r"(?<!\w)_(?=\w)")
WORD = re.compile(r"\w+")


def repeated_words(name):
    """The words said twice in a row ("Copy Citation Copy Citation"), or
    None: two words or more, or a name that is one word said twice"""
    words = [w.lower() for w in WORD.findall(name)]
    n = len(words)
    if n >= 2 and n % 2 == 0 and words[: n // 2] == words[n // 2:]:
        return " ".join(words[: n // 2])
    for k in range(2, n // 2 + 1):
        for i in range(0, n - 2 * k + 1):
            if words[i:i + k] == words[i + k:i + 2 * k]:
                return " ".join(words[i:i + k])
    return None


def name_problem(name):
    name = name or ""
    if name.strip() == "":
        return "no name"
    if CLASS_NAME.match(name.strip()):
        return "a class name"
    if MNEMONIC.search(name):
        return "a mnemonic underscore"
    twice = repeated_words(name)
    if twice is not None:
        return "“%s” twice" % twice
    return None


def find_application(pid, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid and app.childCount > 0:
                    return app
            except Exception:
                continue
        time.sleep(0.1)
    return None


def children(node):
    try:
        return [c for c in node if c is not None]
    except Exception:
        return []


def find_page(node, title):
    """The node of the stack page titled @title: named so, and no control"""
    try:
        if node.name == title and node.getRoleName() not in CONTROL_ROLES | {"label"}:
            return node
    except Exception:
        return None
    for child in children(node):
        found = find_page(child, title)
        if found is not None:
            return found
    return None


def is_stack_page(node):
    """A page of a GtkStack: GTK 4.8 gives it no Component interface"""
    try:
        return node.getRoleName() == "panel" and "Component" not in pyatspi.listInterfaces(node)
    except Exception:
        return False


def describe(node):
    """Where a control is: the names of its named ancestors, innermost last"""
    path = []
    parent = node.parent
    while parent is not None and parent.getRoleName() != "application":
        if parent.name and not CLASS_NAME.match(parent.name):
            path.append(parent.name)
        parent = parent.parent
    path.reverse()
    return " › ".join(p[:40] for p in path[-3:])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--page")
    parser.add_argument("--scene", default="")
    parser.add_argument("--min-controls", type=int, default=1)
    parser.add_argument("--dump", action="store_true",
                        help="print the whole tree first, to see what AT-SPI sees")
    args = parser.parse_args()

    app = find_application(args.pid)
    if app is None:
        print("%s: no application of process %d on the accessibility bus" % (args.scene, args.pid))
        return 2

    if args.dump:
        def dump(node, depth):
            print("# %s[%s] “%s” (%s)" % ("  " * depth, node.getRoleName(), node.name or "",
                                          node.description or ""))
            for child in children(node):
                dump(child, depth + 1)
        dump(app, 0)

    page = None
    skipped = set()
    if args.page is not None:
        for window in children(app):
            page = find_page(window, args.page)
            if page is not None:
                break
        if page is None:
            print("%s: no page titled “%s”" % (args.scene, args.page))
            return 2
        # The stack's other pages
        for sibling in children(page.parent):
            if sibling != page:
                skipped.add(sibling)

    controls = []   # (group, node, role, name)

    def walk(node, group, outer_names):
        if node in skipped:
            return
        if node == page:
            group = "page “%s”" % args.page
        elif is_stack_page(node):
            # A menu's submenu, a page's empty state: a context of its own
            group = "%s › %s" % (group, node.name if node.name and not CLASS_NAME.match(node.name)
                                 else "stack page %x" % (id(node) & 0xffff))
        role = node.getRoleName()
        name = node.name or ""
        if role in ("list", "list box", "tree", "table") and name:
            # A row is said with the name of its list: "Child Focus" under
            # Education and under Organizations in the search results
            group = "%s › list “%s”" % (group, name)
        if role in CONTROL_ROLES:
            # The button inside a menu button, named after it, is one
            # control with it
            if not (name and name in outer_names):
                controls.append((group, node, role, name))
            outer_names = outer_names | {name}
        for child in children(node):
            walk(child, group, outer_names)

    for window in children(app):
        walk(window, "window “%s”" % (window.name or window.getRoleName()), frozenset())

    problems = []
    for group, node, role, name in controls:
        problem = name_problem(name)
        if problem is not None:
            problems.append("%s: %s “%s” in %s (%s): %s" %
                            (args.scene, role, name, group, describe(node), problem))

    # Out of context: controls of one role with one name in one group. The
    # problems above are counted once.
    seen = {}
    for group, node, role, name in controls:
        if name_problem(name) is None:
            seen.setdefault((group, role, name), []).append(node)
    for (group, role, name), nodes in seen.items():
        if len(nodes) > 1:
            problems.append("%s: %d of %s “%s” in %s: the same name out of context" %
                            (args.scene, len(nodes), role, name, group))

    bad = sum(1 for g, n, r, name in controls if name_problem(name) is not None)
    bad += sum(len(nodes) for nodes in seen.values() if len(nodes) > 1)
    for line in problems:
        print(line)
    print("# %s: %d controls, %d badly named" % (args.scene, len(controls), bad))

    if len(controls) < args.min_controls:
        print("%s: only %d controls found, expected at least %d" %
              (args.scene, len(controls), args.min_controls))
        return 2
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
