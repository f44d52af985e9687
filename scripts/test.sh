#!/usr/bin/env bash
# Installs what is missing and runs the whole test suite.
#
# Usage: scripts/test.sh [extra swift test arguments]
#
# Warnings are errors (set in Package.swift). The end-to-end tests run the built vixen-gate
# binary, which `swift build --build-tests` builds together with the tests. The SARIF schema tests
# and the Alembic migration tests run Python from the virtual environment that
# scripts/setup-test-python.sh keeps in .build/test-python, found through VIXEN_GATE_TEST_PYTHON.
#
# The PostgreSQL tests use the server that VIXEN_GATE_TEST_DATABASE_URL names. When it is not set,
# scripts/start-postgres.sh starts a private server for this run and it is stopped at exit. If that
# server cannot start, the run stops when CI=true; elsewhere the PostgreSQL tests are skipped, and the
# test output shows the reason for each of them.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-dependencies.sh"

VIXEN_GATE_TEST_PYTHON=$("$root/scripts/setup-test-python.sh")
export VIXEN_GATE_TEST_PYTHON

if [ -z "${VIXEN_GATE_TEST_DATABASE_URL:-}" ]; then
    postgres_state=$(mktemp -d "${TMPDIR:-/tmp}/vixen-gate-postgres.XXXXXX")
    stop_postgres() {
        "$root/scripts/start-postgres.sh" --stop "$postgres_state" || rm -rf "$postgres_state"
    }
    trap stop_postgres EXIT
    if VIXEN_GATE_TEST_DATABASE_URL=$("$root/scripts/start-postgres.sh" "$postgres_state"); then
        export VIXEN_GATE_TEST_DATABASE_URL
    elif [ "${CI:-}" = true ]; then
        echo "test: error: the PostgreSQL server for the tests did not start (see above), and CI=true" \
            "requires it." >&2
        exit 1
    else
        unset VIXEN_GATE_TEST_DATABASE_URL
        echo "test: warning: the PostgreSQL server for the tests did not start (see above); the" \
            "PostgreSQL tests will be skipped." >&2
    fi
fi

cd "$root"
swift build --build-tests
swift test --skip-build "$@"
