#!/bin/sh
# What the fact layer costs (issue 11: at most 15% of indexing throughput with extraction): the
# index benchmark on Reuters-21578 (read, extract with no pack, index, commit) with and without
# facts, alternated in pairs so load changes hit both sides. Prints each run and the ratio.
# Usage: bench/run_fact_cost.sh [build-dir] [pairs]   (defaults: build-index, 2)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-index}
pairs=${2:-2}
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target newsline_index_bench -j2 >/dev/null
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
rate() { sed -n 's/.* \([0-9.]*\) articles\/s.*/\1/p' | head -1; }
with=0; without=0; i=0
while [ "$i" -lt "$pairs" ]; do
  a=$("$build/bench/newsline_index_bench" --extract --no-spelling --repeat 1 | rate)
  b=$("$build/bench/newsline_index_bench" --extract --no-spelling --no-facts --repeat 1 | rate)
  echo "pair $((i + 1)): with facts $a articles/s, without $b articles/s"
  with=$(awk "BEGIN { print $with + $a }"); without=$(awk "BEGIN { print $without + $b }")
  i=$((i + 1))
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
awk "BEGIN { printf \"facts cost: %.1f%% of throughput (with %.0f vs without %.0f articles/s)\\n\", 100 * (1 - $with / $without), $with / $pairs, $without / $pairs }"
