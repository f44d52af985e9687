#!/usr/bin/env bash
# Times `vixen-gate check` over the last 20 commits of a repository, whole process.
#
# Usage: benchmarks/check-range.sh [REPO]
#
# Without REPO, a 1,500-commit team-shaped repository is generated in a temporary folder.
# Needs hyperfine (Debian package `hyperfine`).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
swift build --package-path "$root" -c release --product vixen-gate >/dev/null
binary="$root/.build/release/vixen-gate"

repo=${1:-}
if [ -z "$repo" ]; then
    repo="$(mktemp -d)/history"
    python3 "$root/benchmarks/make-history-repo.py" "$repo" --commits 1500 >/dev/null
fi
echo "repository: $repo ($(git -C "$repo" rev-list --count HEAD) commits)"

hyperfine --warmup 5 --runs 50 --export-markdown /dev/stdout \
    "$binary check --repo $repo --base HEAD~20 --head HEAD --format json"
