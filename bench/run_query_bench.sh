#!/bin/sh
# Query latency, the way docs/performance.md reports it: builds the tool and the query benchmark,
# indexes Reuters-21578 with extraction (`newsline index`, no pack) unless the index exists, and
# runs the queries of ../shared/bench/queries.txt plain and faceted, with the raw-Xapian anchor
# on the same database in the same run.
# Usage: bench/run_query_bench.sh [build-dir=build-bench] [repeat=20]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-bench}
repeat=${2:-20}
shared=${NEWSLINE_SHARED_DIR:-$here/../shared}
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSLINE_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target newsline_tool newsline_query_bench -j2 >/dev/null
db="$build/reuters-index"
if [ ! -d "$db" ]; then
  # One Reuters record has no body: `index` reports it and exits 1; the rest is indexed.
  "$build/tools/newsline" index --db "$db" "$shared/data/reuters21578/sgm-data" >/dev/null || true
fi
"$build/bench/newsline_query_bench" --db "$db" --queries "$shared/bench/queries.txt" --repeat "$repeat"
