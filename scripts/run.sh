#!/usr/bin/env bash
# The first command for a newcomer: install what is missing, build, index the bundled corpus/
# and print the analysis newsline can do on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DNEWSLINE_BUILD_TESTS=OFF -DNEWSLINE_BUILD_BENCH=OFF >/dev/null
cmake --build build -j"$(nproc)"
export NEWSLINE_DB="${NEWSLINE_DB:-build/newsline.db}"
tool=build/tools/newsline
"$tool" version
