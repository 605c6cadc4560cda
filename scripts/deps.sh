#!/usr/bin/env bash
# Installs the Debian packages newsline needs to build and test. As root it runs apt-get;
# otherwise it prints the apt-get line to run and fails.
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
  packages+=(chromium)
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
  echo "newsline: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "newsline: missing packages; run as root:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
