#!/usr/bin/env bash
# Runs every committed input of the fuzz targets once, as a regression check.
#
# Usage: Fuzz/replay.sh [TARGET [FILE_OR_FOLDER...]]
#   With no argument, replays Fuzz/Corpus/TARGET of every target, crash-regressions included.
#   With a target, replays that target's corpus, or the given files and folders.
#
# The targets are built without libFuzzer or sanitizers, as plain executables that run each
# input through the same entry function once. A crash, or a target that runs longer than
# 300 seconds, makes the script exit non-zero. The last "Running:" line printed names the
# input that crashed.
#
# Environment:
#   VIXEN_FUZZ_BUILD  build folder, Fuzz/.build by default (the replay build goes in replay/)
set -euo pipefail

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
targets=(fuzz-config fuzz-arguments fuzz-python fuzz-sql-lint fuzz-javascript fuzz-dockerfile)
build_dir="${VIXEN_FUZZ_BUILD:-$fuzz_dir/.build}/replay"

if [[ $# -ge 1 ]]; then
    if [[ " ${targets[*]} " != *" $1 "* ]]; then
        echo "usage: $0 [TARGET [FILE_OR_FOLDER...]]; TARGET is one of: ${targets[*]}" >&2
        exit 2
    fi
    targets=("$1")
    shift
fi

build=(swift build --package-path "$fuzz_dir" --scratch-path "$build_dir")
"${build[@]}"
bin_path=$("${build[@]}" --show-bin-path)

status=0
for target in "${targets[@]}"; do
    inputs=("$@")
    [[ ${#inputs[@]} -gt 0 ]] || inputs=("$fuzz_dir/Corpus/$target")
    echo "== $target" >&2
    result=0
    timeout 300 "$bin_path/$target" "${inputs[@]}" || result=$?
    if [[ $result -ne 0 ]]; then
        echo "FAILED: $target exited with status $result. After a crash, the last \"Running:\" line names the input." >&2
        status=1
    fi
done
exit $status
