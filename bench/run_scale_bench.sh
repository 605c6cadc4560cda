#!/bin/sh
# Scale (issue 14): builds N copies of Reuters-21578 with distinct ids and texts (copy k prefixes
# every NEWID with 10+k and every title and body with "Copy k."), indexes each size into a fresh
# database with `newsline index`, and prints wall time, CPU, peak RSS and index size per size;
# then changes one file of the largest and times the re-index.
# Usage: bench/run_scale_bench.sh [build-dir=build-bench] [sizes="1 4 16"]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-bench}
sizes=${2:-1 4 16}
shared=${NEWSLINE_SHARED_DIR:-$here/../shared}
data="$shared/data/reuters21578/sgm-data"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target newsline_tool -j2 >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

copies() {  # n -> $work/in-n with n copies
  out="$work/in-$1"
  mkdir -p "$out"
  k=0
  while [ "$k" -lt "$1" ]; do
    for f in "$data"/*.sgm; do
      sed -e "s/NEWID=\"/NEWID=\"$((10 + k))/" -e "s/<TITLE>/<TITLE>Copy $k. /" -e "s/<BODY>/<BODY>Copy $k. /" \
        "$f" >"$out/c$k-$(basename "$f")"
    done
    k=$((k + 1))
  done
}

echo "cores: $(nproc); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "copies articles wall_s cpu rss_kib index_mib"
last=""
for n in $sizes; do
  copies "$n"
  rm -rf "$work/db-$n"
  # One Reuters record has no body: `index` reports it (once per copy) and exits 1.
  /usr/bin/time -f "%e %P %M" -o "$work/time" "$build/tools/newsline" --json index --no-progress \
    --db "$work/db-$n" "$work/in-$n" >"$work/report" 2>/dev/null || true
  articles=$(grep -o '"articles": [0-9]*' "$work/report" | head -1 | grep -o '[0-9]*$')
  echo "$n $articles $(grep -v '^Command' "$work/time") $(du -sm "$work/db-$n" | cut -f1)"
  [ -z "$last" ] || rm -rf "$work/in-$last" "$work/db-$last"
  last=$n
done
# One changed file in the largest index: its records get a new title word.
f=$(ls "$work/in-$last"/*.sgm | head -1)
sed -i -e "s/<TITLE>/<TITLE>Changed. /" "$f"
/usr/bin/time -f "%e %P %M" -o "$work/time" "$build/tools/newsline" --json index --no-progress \
  --db "$work/db-$last" "$work/in-$last" >"$work/report" 2>/dev/null || true
echo "re-index after changing one file of $last copies: $(grep -v '^Command' "$work/time") (wall_s cpu rss_kib); $(grep -o '"replaced": [0-9]*' "$work/report")"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
