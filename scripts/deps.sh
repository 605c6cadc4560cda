#!/usr/bin/env bash
# Installs the Debian packages newsline needs to build and test. As root it runs apt-get;
# otherwise it prints the apt-get line to run and fails. It says what it installs and why, and
# waits (up to NEWSLINE_APT_WAIT seconds, default 300) for another apt to release its lock.
#   scripts/deps.sh          build: compiler, CMake, Xapian, ICU, JSON, dates, CLI11, gumbo, GoogleTest,
#                            Google Benchmark, pybind11
#   scripts/deps.sh --test   the same; with NEWSLINE_INSTALL_BROWSER=1 also chromium, for the
#                            headless-browser tests of the HTML pages (they skip without it)
#   scripts/deps.sh --fuzz   the same and clang (libFuzzer) for scripts/fuzz.sh
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libxapian-dev xapian-tools
  libicu-dev nlohmann-json3-dev libhowardhinnant-date-dev
  libcli11-dev libgumbo-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  pybind11-dev python3-dev
)
if [ "${1:-}" = "--test" ]; then
  if [ "${NEWSLINE_INSTALL_BROWSER:-0}" = "1" ]; then
    packages+=(chromium)  # the pages' tests in headless Chromium
  elif ! command -v chromium >/dev/null 2>&1; then
    echo "newsline: no chromium: the HTML page tests will skip (NEWSLINE_INSTALL_BROWSER=1 installs it)" >&2
  fi
elif [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang)  # clang and its libFuzzer runtime
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "newsline: installing the missing packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  wait_seconds="${NEWSLINE_APT_WAIT:-300}"
  # apt-get waits for the dpkg lock itself (DPkg::Lock::Timeout); say so rather than look hung.
  if command -v fuser >/dev/null 2>&1 && fuser /var/lib/dpkg/lock-frontend >/dev/null 2>&1; then
    echo "newsline: another apt or dpkg is running; waiting up to ${wait_seconds} s for its lock" >&2
  fi
  apt-get -o DPkg::Lock::Timeout="$wait_seconds" update -qq
  apt-get -o DPkg::Lock::Timeout="$wait_seconds" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "newsline: missing packages; run as root:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
