#!/bin/sh
# Indexing speed side by side (issue 14): `newsline index` (read, extract, index, commit; all
# cores) and the raw single-thread Xapian indexer (bench/raw_xapian_index.cc) on Reuters-21578,
# alternately, PAIRS times, each into a fresh database. Prints wall time, CPU use and peak RSS of
# every run, the load average, and the ratio of the medians.
# Usage: bench/run_index_compare.sh [build-dir=build-bench] [pairs=3]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-bench}
pairs=${2:-3}
shared=${NEWSLINE_SHARED_DIR:-$here/../shared}
data="$shared/data/reuters21578/sgm-data"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSLINE_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target newsline_tool newsline_raw_xapian_index -j2 >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {  # name command... -> "name wall_s cpu% rss_kib"
  name=$1; shift
  /usr/bin/time -f "$name %e %P %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  grep "^$name " "$work/time"  # (time also writes "Command exited with non-zero status")
}
echo "cores: $(nproc); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "run wall_s cpu rss_kib"
i=0
while [ "$i" -lt "$pairs" ]; do
  rm -rf "$work/raw" "$work/nl"
  run raw "$build/bench/newsline_raw_xapian_index" "$work/raw" "$data"/*.sgm | tee -a "$work/raw.txt"
  # One Reuters record has no body: `index` reports it and exits 1; the rest is indexed.
  run newsline "$build/tools/newsline" index --no-progress --db "$work/nl" "$data" | tee -a "$work/nl.txt"
  i=$((i + 1))
done
echo "index sizes: raw $(du -sm "$work/raw" | cut -f1) MiB, newsline $(du -sm "$work/nl" | cut -f1) MiB"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
median() { cut -d' ' -f2 "$1" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
raw=$(median "$work/raw.txt"); nl=$(median "$work/nl.txt")
echo "median wall: raw ${raw} s, newsline ${nl} s; ratio newsline/raw = $(awk -v a="$nl" -v b="$raw" 'BEGIN {printf "%.2f", a / b}')"
