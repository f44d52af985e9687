#!/usr/bin/env bash
# Compares reading every commit's diff over a whole history with `git log -p` on the same history,
# and reports the peak memory of both.
#
# Usage: benchmarks/history-read.sh REPO [REPO...]
#
# `vixen-gate-bench history` walks every commit reachable from HEAD and reads each one's added
# lines, as `vixen-gate check` does for a range. Needs hyperfine (Debian package `hyperfine`).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
swift build --package-path "$root" -c release --product vixen-gate-bench >/dev/null
bench="$root/.build/release/vixen-gate-bench"

for repo in "$@"; do
    echo "repository: $repo ($(git -C "$repo" rev-list --count HEAD) commits)"
    hyperfine --warmup 1 --runs 5 --export-markdown /dev/stdout \
        --command-name "git log -p" "git -C $repo log -p > /dev/null" \
        --command-name "vixen-gate-bench history" "$bench history $repo"
    /usr/bin/time -f "peak memory, git log -p: %M KiB" git -C "$repo" log -p > /dev/null
    /usr/bin/time -f "peak memory, vixen-gate-bench history: %M KiB" "$bench" history "$repo" > /dev/null
done
