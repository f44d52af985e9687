#!/usr/bin/env bash
# Times the pre-push hook alone, whole process, on a push of 10 new commits.
#
# Usage: benchmarks/pre-push.sh
#
# Builds vixen-gate in release mode, generates a 1,500-commit team-shaped repository with a
# bare remote and pushes it there. Then it installs the hook with `vixen-gate hook install`
# over a small pre-push hook that records the lines git writes to standard input (the installed
# hook keeps it and runs it first), makes 10 commits and pushes them. hyperfine finally runs
# `vixen-gate hook pre-push origin URL` with the recorded lines on standard input, as git does.
#
# SCRATCH_PATH sets SwiftPM's build folder (default: .build in the package). Needs hyperfine
# (Debian package `hyperfine`), git and python3.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
scratch=${SCRATCH_PATH:-$root/.build}
swift build --package-path "$root" --scratch-path "$scratch" -c release --product vixen-gate >/dev/null
binary="$scratch/release/vixen-gate"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_AUTHOR_NAME="vixen-gate benchmark" GIT_AUTHOR_EMAIL="benchmark@vixen-gate.invalid"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"

python3 "$root/benchmarks/make-history-repo.py" "$work/repo" --commits 1500 >/dev/null
git init --quiet --bare "$work/remote.git"
url="file://$work/remote.git"
cd "$work/repo"
git remote add origin "$url"
git push --quiet origin main

printf '#!/bin/sh\ncat > "%s"\n' "$work/stdin" > .git/hooks/pre-push
chmod +x .git/hooks/pre-push
"$binary" hook install >/dev/null

for number in $(seq 1 10); do
    echo "Benchmark line $number." >> docs/benchmark.md
    git add docs/benchmark.md
    git commit --quiet --message "Add benchmark line $number"
done
git push --quiet origin main 2>"$work/push.log" || { cat "$work/push.log" >&2; exit 1; }

echo "repository: $work/repo ($(git rev-list --count HEAD) commits), hook input:"
cat "$work/stdin"
# The table goes to a file first, because hyperfine truncates /dev/stdout when it is a file.
hyperfine --warmup 3 --runs 30 --export-markdown "$work/results.md" \
    --command-name "vixen-gate hook pre-push (10 new commits)" \
    "$binary hook pre-push origin $url < $work/stdin 2>/dev/null"
cat "$work/results.md"
