#!/usr/bin/env bash
# Times `vixen-gate scan --history --all` against `git log -p --all > /dev/null` on a private copy
# of a repository, and reports the peak memory of both.
#
# Usage: benchmarks/secrets/scan-history.sh [SOURCE]
#
# SOURCE is a path or URL of the repository to copy. By default it is the ipython repository on
# GitHub, the history that the goal is set on: at most 1.2x the wall time of `git log -p --all`,
# and peak memory under 300 MiB. The copy is a `git clone --mirror --no-local` into a temporary folder, so every
# ref of SOURCE is read and SOURCE itself is never written to.
#
# The script builds vixen-gate in release mode, runs one scan to fill the secret rule cache, then
# runs hyperfine (3 runs each) and `/usr/bin/time -v` once per command. The load average is printed
# before and after, because other jobs on the machine change the figures. A scan that finds secrets
# exits with status 1, which `hyperfine --ignore-failure` accepts.
#
# SCRATCH_PATH sets SwiftPM's build folder (default: .build in the package). Needs hyperfine
# (Debian package `hyperfine`), git and GNU time (`/usr/bin/time`, Debian package `time`).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
source=${1:-https://github.com/ipython/ipython.git}
scratch=${SCRATCH_PATH:-$root/.build}
swift build --package-path "$root" --scratch-path "$scratch" -c release --product vixen-gate >/dev/null
binary="$scratch/release/vixen-gate"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo="$work/repository.git"
git clone --quiet --mirror --no-local "$source" "$repo"
export XDG_CACHE_HOME="$work/cache"

echo "repository: $source ($(git -C "$repo" rev-list --all --count) commits with --all," \
    "$(git -C "$repo" for-each-ref | wc -l) refs)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "versions: $("$binary" --version), $(git --version)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

scan="$binary scan --history --all --repo $repo --format json"
# The first run compiles the secret rules into the cache, and later runs read them from it.
$scan >/dev/null || [ $? -eq 1 ]

# The table goes to a file first, because hyperfine truncates /dev/stdout when it is a file.
hyperfine --warmup 1 --runs 3 --ignore-failure --export-markdown "$work/results.md" \
    --command-name "git log -p --all" "git -C $repo log -p --all > /dev/null" \
    --command-name "vixen-gate scan --history --all" "$scan > /dev/null"
cat "$work/results.md"

for command in "git -C $repo log -p --all" "$scan"; do
    echo "/usr/bin/time -v $command:"
    /usr/bin/time -v $command 2>"$work/time.txt" >/dev/null || true
    grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time" "$work/time.txt"
done
echo "findings: $($scan | grep -c '"rule" :' || true)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
