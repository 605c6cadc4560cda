#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang, ASan + UBSan) and runs each for SECONDS from its seeds
# (fuzz/corpus/<target>/, plus the bundled corpus for the readers and the pack). A crash, leak or
# timeout fails the script; the reproducer is left in BUILD_DIR/crashes/<target>/ — add it to
# tests/data/fuzz-regressions/<target>/ with the fix (ctest replays every file there).
# Usage: scripts/fuzz.sh [SECONDS=60] [BUILD_DIR=build-fuzz] [TARGET...]
# With FUZZ_RUNS=N each target stops after N executions instead (SECONDS 0 = no time limit):
#   FUZZ_RUNS=1000000 scripts/fuzz.sh 0 build-fuzz reader_text   # the issue-15 budget for a reader
# FUZZ_TIMEOUT=S sets the per-input timeout (default 10 s; a long campaign that may be paused
# with SIGSTOP needs more, or the pause is reported as a timeout).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build="${2:-build-fuzz}"
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
bash scripts/deps.sh --fuzz
[ ${#targets[@]} -gt 0 ] || targets=(reader_text reader_header reader_json reader_jsonl reader_html reader_sgml manifest pack dates extract analysis query)
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSLINE_FUZZ=ON \
  -DNEWSLINE_BUILD_TESTS=OFF -DNEWSLINE_BUILD_BENCH=OFF -DNEWSLINE_BUILD_TOOLS=OFF -DNEWSLINE_INSTALL=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
status=0
# Leaks inside third-party libraries, each reproduced without our code, are listed in fuzz/lsan.supp.
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"
for t in "${targets[@]}"; do
  work="$build/corpus/$t"; crashes="$build/crashes/$t"
  mkdir -p "$work" "$crashes"
  extra=()
  case "$t" in
    reader_*|extract|analysis) extra=(corpus/articles) ;;
    pack) extra=(corpus) ;;
  esac
  dict=()
  case "$t" in
    reader_json|reader_jsonl|pack) dict=(-dict=fuzz/json.dict) ;;
    reader_html|reader_sgml) dict=(-dict=fuzz/html.dict) ;;
    query) dict=(-dict=fuzz/query.dict) ;;
  esac
  log="$build/fuzz-$t.log"
  budget=(-max_total_time="$seconds")
  [ -z "${FUZZ_RUNS:-}" ] || budget+=(-runs="$FUZZ_RUNS")
  if "$build/fuzz/newsline_fuzz_$t" "${budget[@]}" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="$crashes/" "${dict[@]}" "$work" "fuzz/corpus/$t" "${extra[@]}" >"$log" 2>&1; then
    echo "fuzz $t: $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$log" | tail -1)"
  else
    echo "fuzz $t: FAILED (see $log; reproducer in $crashes/)"
    tail -30 "$log"
    status=1
  fi
done
exit $status
