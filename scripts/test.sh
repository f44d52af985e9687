#!/usr/bin/env bash
# Installs what is missing and runs the whole test suite.
#
# Usage: scripts/test.sh [extra swift test arguments]
#
# Warnings are errors (set in Package.swift). The end-to-end tests run the built vixen-gate
# binary, which `swift build --build-tests` builds together with the tests. The SARIF schema tests
# run a Python validator from the virtual environment that scripts/setup-test-python.sh keeps in
# .build/test-python, found through VIXEN_GATE_TEST_PYTHON.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-dependencies.sh"

VIXEN_GATE_TEST_PYTHON=$("$root/scripts/setup-test-python.sh")
export VIXEN_GATE_TEST_PYTHON

cd "$root"
swift build --build-tests
swift test --skip-build "$@"
