#!/usr/bin/env bash
# The second command: install what is missing, build everything and run every test.
# Usage: scripts/test.sh [BUILD_DIR] [extra cmake options...]
# scripts/deps.sh --test says what it installs; chromium (for the HTML pages' browser tests) only
# with NEWSLINE_INSTALL_BROWSER=1 — without a browser those tests skip with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --test
build="${1:-build-test}"
shift || true
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSLINE_BUILD_TESTS=ON -DNEWSLINE_BUILD_BENCH=ON "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
