#!/usr/bin/env bash
# Installs what is missing, builds vixen-gate, creates the demo repository and checks it.
#
# Usage: scripts/demo.sh [DEST]
#
# DEST defaults to a new temporary folder. The check runs on the demo's feature branch, whose
# upstream is origin/main, so the default range is the branch's own commits.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-dependencies.sh"

# The same flags as the README's install step, so that installing the binary afterwards needs no
# second build.
echo "Building vixen-gate (release)..."
swift build --package-path "$root" -c release --product vixen-gate --static-swift-stdlib

dest=${1:-"$(mktemp -d)/demo"}
"$root/scripts/make-demo-repo.sh" "$dest" >/dev/null
echo "Demo repository: $dest"
echo

cd "$dest"
status=0
"$root/.build/release/vixen-gate" check || status=$?
echo
echo "vixen-gate check exited with status $status."
exit "$status"
