#!/bin/sh
# Builds and runs the index benchmark on Reuters-21578 the way docs/performance.md reports it:
# once with spelling data (the default) and once without, then with extraction.
# Usage: bench/run_index_bench.sh [build-dir]   (default: build-index)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-index}
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target newsline_index_bench -j2 >/dev/null
nproc | sed 's/^/cores: /'
echo "== default options (spelling on, batch 1000)"
"$build/bench/newsline_index_bench" --repeat 50
echo "== spelling off"
"$build/bench/newsline_index_bench" --repeat 50 --no-spelling
echo "== with extraction (Extractor without a domain pack), spelling off"
"$build/bench/newsline_index_bench" --repeat 50 --no-spelling --extract
