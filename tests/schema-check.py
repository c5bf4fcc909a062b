#!/usr/bin/env python3
"""Validate an Atlas profile against docs/profile.schema.json.

Usage: schema-check.py SCHEMA FILE [--expect-invalid]

Prints each schema error as "path: message" (path as a JSON pointer without
the leading "/", "(root)" for the top level). Exits 0 when FILE validates,
or, with --expect-invalid, when it does not; exits 1 otherwise, including
when SCHEMA or FILE cannot be read or is not valid JSON, or when SCHEMA is
not a valid draft 2020-12 schema.

Needs python3-jsonschema (run with /usr/bin/python3 on Debian).
"""

import argparse
import json
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator, FormatChecker
except ImportError:
    print("schema-check: the jsonschema module is missing "
          "(apt-get install python3-jsonschema)", file=sys.stderr)
    sys.exit(1)


def load_json(path, what):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        print(f"schema-check: cannot read {what} {path}: {e}", file=sys.stderr)
        sys.exit(1)


def format_path(error):
    parts = [str(p) for p in error.absolute_path]
    return "/".join(parts) if parts else "(root)"


def main():
    parser = argparse.ArgumentParser(
        description="Validate an Atlas profile against the JSON Schema.")
    parser.add_argument("schema")
    parser.add_argument("file")
    parser.add_argument("--expect-invalid", action="store_true",
                        help="succeed only if FILE does NOT validate")
    args = parser.parse_args()

    schema = load_json(args.schema, "schema")
    try:
        Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"schema-check: {args.schema} is not a valid schema: "
              f"{e.message}", file=sys.stderr)
        return 1

    instance = load_json(args.file, "file")
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(instance),
                    key=lambda e: (list(map(str, e.absolute_path)), e.message))
    for error in errors:
        print(f"{format_path(error)}: {error.message}")

    if args.expect_invalid:
        if errors:
            print(f"{args.file}: invalid as expected "
                  f"({len(errors)} error(s))")
            return 0
        print(f"{args.file}: valid, but expected to be invalid")
        return 1

    if errors:
        print(f"{args.file}: {len(errors)} error(s)")
        return 1
    print(f"{args.file}: valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
