#!/usr/bin/env bash
# The first command for a newcomer: install what is missing, build, index the bundled corpus/
# and print the analysis: the articles, the timeline of dated events, and where sources conflict.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DNEWSLINE_BUILD_TESTS=OFF -DNEWSLINE_BUILD_BENCH=OFF >/dev/null
cmake --build build -j"$(nproc)"
export NEWSLINE_DB="${NEWSLINE_DB:-build/newsline.db}"
tool=build/tools/newsline
section() { printf '\n== %s ==\n' "$1"; }
section "newsline index (the bundled corpus/)"
"$tool" index
section "newsline articles"
"$tool" articles
section "newsline timeline"
"$tool" timeline
section "newsline compare"
"$tool" compare
section "next"
echo "Try: $tool search 'Redmond lawsuit' --facets · $tool claims --topic breach · $tool timeline --html timeline.html"
echo "     $tool sources · $tool compare --html compare.html · $tool compare --topic deal_value --json   (index: $NEWSLINE_DB)"
