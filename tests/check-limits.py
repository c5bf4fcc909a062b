#!/usr/bin/env python3
# The limits of src/core/atlas-limits.h, the one table the loader enforces,
# are the ones docs/profile.schema.json and docs/profile-format.md state.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import re
import sys

header, schema_path, doc_path = sys.argv[1:4]

limits = {}
for name, expression in re.findall(r'^#define ATLAS_LIMIT_(\w+)\s+(.+?)\s*$', open(header).read(), re.M):
    if not re.fullmatch(r'[0-9 ()*+e.-]+', expression):
        sys.exit(f'{name}: cannot read {expression!r}')
    limits[name] = eval(expression)

schema = json.load(open(schema_path))
doc = open(doc_path).read()
problems = []


def check(what, found, expected):
    if found != expected:
        problems.append(f'{what}: {found!r}, but atlas-limits.h says {expected!r}')


defs = schema['$defs']
check('schema nonEmptyText maxLength', defs['nonEmptyText'].get('maxLength'), limits['TEXT_BYTES'])
check('schema year minimum', defs['year'].get('minimum'), limits['YEAR_MIN'])
check('schema year maximum', defs['year'].get('maximum'), limits['YEAR_MAX'])
for name in ('figure', 'point'):
    value = defs[name]['properties']['value']
    check(f'schema {name} value maximum', value.get('maximum'), limits['VALUE'])
    check(f'schema {name} value minimum', value.get('minimum'), -limits['VALUE'])

for text in (f'{limits["FILE_BYTES"] // (1024 * 1024)} MiB',
             f'{limits["DEPTH"]} levels',
             f'{limits["TEXT_BYTES"]} bytes',
             f'{limits["COMBINING_RUN"]} combining marks',
             f'{limits["YEAR_MIN"]} to {limits["YEAR_MAX"]}',
             '10^15'):
    if text not in doc:
        problems.append(f'{doc_path} does not say "{text}"')

for problem in problems:
    print(problem)
print(f'{len(limits)} limits checked, {len(problems)} problems')
sys.exit(1 if problems else 0)
