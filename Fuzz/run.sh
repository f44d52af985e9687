#!/usr/bin/env bash
# Builds one fuzz target with libFuzzer and AddressSanitizer, then fuzzes it for a bounded time.
#
# Usage: Fuzz/run.sh TARGET [SECONDS] [LIBFUZZER_FLAG...]
#   TARGET           fuzz-config, fuzz-arguments, fuzz-python, fuzz-sql-lint, fuzz-javascript or
#                    fuzz-dockerfile
#   SECONDS          total fuzzing time in seconds, 60 by default
#   LIBFUZZER_FLAG   extra libFuzzer flags, such as -use_value_profile=1
#
# The fuzzer runs as one process with one worker. It starts from the committed seeds in
# Fuzz/Corpus/TARGET (not its crash-regressions folder, whose inputs are known to crash) and
# from what earlier runs found, and writes new inputs to the scratch corpus, never to
# Fuzz/Corpus. Crashes, timeouts, leaks and out-of-memory inputs go to Fuzz/artifacts/TARGET/.
#
# Environment:
#   VIXEN_FUZZ_BUILD    build folder, Fuzz/.build by default (the fuzzing build goes in fuzzer/)
#   VIXEN_FUZZ_SCRATCH  scratch folder, Fuzz/.scratch by default (corpus in corpus/TARGET/)
#
# Exits with libFuzzer's status: 0 when the time ran out without a finding, non-zero otherwise.
set -euo pipefail

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
targets=(fuzz-config fuzz-arguments fuzz-python fuzz-sql-lint fuzz-javascript fuzz-dockerfile)

usage() {
    echo "usage: $0 TARGET [SECONDS] [LIBFUZZER_FLAG...]; TARGET is one of: ${targets[*]}" >&2
    exit 2
}

[[ $# -ge 1 ]] || usage
target=$1
shift
[[ " ${targets[*]} " == *" $target "* ]] || usage
seconds=60
if [[ $# -ge 1 && $1 != -* ]]; then
    seconds=$1
    shift
fi
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || usage

build_dir="${VIXEN_FUZZ_BUILD:-$fuzz_dir/.build}/fuzzer"
scratch_corpus="${VIXEN_FUZZ_SCRATCH:-$fuzz_dir/.scratch}/corpus/$target"
artifacts="$fuzz_dir/artifacts/$target"

# -D FUZZING selects libFuzzer's driver as the target's main; see Sources/FuzzSupport/FuzzDriver.swift.
build=(swift build --package-path "$fuzz_dir" --scratch-path "$build_dir" -c release --product "$target"
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING)
"${build[@]}"
binary="$("${build[@]}" --show-bin-path)/$target"

# The seeds are copied rather than passed as a second corpus folder, because libFuzzer reads
# folders recursively and would run the crash regressions too.
mkdir -p "$scratch_corpus" "$artifacts"
find "$fuzz_dir/Corpus/$target" -maxdepth 1 -type f -exec cp {} "$scratch_corpus/" \;

"$binary" \
    -max_total_time="$seconds" \
    -timeout=5 \
    -rss_limit_mb=2048 \
    -dict="$fuzz_dir/Dictionaries/$target.dict" \
    -artifact_prefix="$artifacts/" \
    -print_final_stats=1 \
    "$@" \
    "$scratch_corpus"
