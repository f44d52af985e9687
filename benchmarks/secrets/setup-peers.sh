#!/usr/bin/env bash
# Installs the secret scanners that benchmarks/secrets/compare.py measures vixen-gate against,
# detect-secrets and trufflehog3, in a Python virtual environment, and prints their versions.
#
# Usage: benchmarks/secrets/setup-peers.sh [VENV_FOLDER]   (default: .build/bench-python)
#
# The versions, dependencies included, are pinned in benchmarks/secrets/peer-requirements.txt.
# A venv whose recorded requirements match that file is kept as it is, so a second run installs
# nothing and needs no network. When the file changes, or the venv is broken, the venv is made
# again. Installing needs python3 3.11 or later with its venv module (Debian: python3-venv) and
# access to PyPI. PYTHON names another interpreter to build the venv with.
#
# Standard output gets the versions, one `name version` line each; progress and errors go to
# standard error.
set -euo pipefail

readonly SCRIPT_NAME="setup-peers"
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=${1:-"$root/.build/bench-python"}
python=${PYTHON:-python3}
requirements="$root/benchmarks/secrets/peer-requirements.txt"
stamp="$venv/peer-requirements.txt"

fail() {
    echo "$SCRIPT_NAME: error: $*" >&2
    exit 1
}

print_versions() {
    echo "python $("$venv/bin/python" -c 'import platform; print(platform.python_version())')"
    echo "detect-secrets $("$venv/bin/detect-secrets" --version)"
    echo "trufflehog3 $("$venv/bin/trufflehog3" --version)"
}

is_up_to_date() {
    [ -x "$venv/bin/python" ] && cmp -s "$requirements" "$stamp" &&
        "$venv/bin/detect-secrets" --version >/dev/null 2>&1 &&
        "$venv/bin/trufflehog3" --version >/dev/null 2>&1 &&
        "$venv/bin/python" -c "import yaml" >/dev/null 2>&1
}

command -v "$python" >/dev/null 2>&1 ||
    fail "$python was not found. Install Python 3.11 or later, or set PYTHON to one, then run this script again."
"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' ||
    fail "$python is $("$python" --version 2>&1); the peers' pinned versions are tested with 3.11. Set PYTHON" \
        "to a Python 3.11 or later, then run this script again."

if is_up_to_date; then
    echo "Peer scanners are up to date in $venv" >&2
    print_versions
    exit 0
fi

echo "Installing the peer scanners in $venv" >&2
rm -rf "$venv"
mkdir -p "$(dirname "$venv")"
"$python" -m venv "$venv" ||
    fail "$python could not create a virtual environment in $venv. On Debian or Ubuntu, install the" \
        "python3-venv package (apt-get install python3-venv), then run this script again."

"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$requirements" >&2 ||
    fail "pip could not install the packages in $requirements. Check the network access to PyPI and" \
        "pip's output above, then run this script again."

# Recorded last, so an interrupted install is made again on the next run.
cp "$requirements" "$stamp"
print_versions
