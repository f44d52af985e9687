#!/usr/bin/env bash
# Installs what is missing and runs the whole test suite.
#
# Usage: scripts/test.sh [extra swift test arguments]
#
# Warnings are errors (set in Package.swift). The end-to-end tests run the built vixen-gate
# binary, which `swift build --build-tests` builds together with the tests.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-dependencies.sh"

cd "$root"
swift build --build-tests
swift test --skip-build "$@"
