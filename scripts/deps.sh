#!/usr/bin/env bash
# Installs the Debian packages corroborate needs to build and test, when any
# is missing. Safe to run repeatedly: does nothing when all are present.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libuchardet-dev libcld2-dev libgumbo-dev libxxhash-dev libsqlite3-dev libre2-dev
  nlohmann-json3-dev libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev
  zlib1g-dev
  postgresql-15 libpqxx-dev libopenmpi-dev openmpi-bin
  libstemmer-dev libhunspell-dev hunspell-en-us hunspell-en-gb wamerican
  libcpp-httplib-dev chromium chromium-driver nodejs
  valgrind
  clang libclang-rt-14-dev lld  # scripts/sanitize.sh, scripts/fuzz.sh: ASan, UBSan, libFuzzer
  liblinear-tools  # tools/train_cue_classifier.py (attribution cue model)
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm builds the gazetteer and runs the benchmark peers. NodeSource's nodejs
# ships its own npm and conflicts with Debian's npm package, so ask for the
# package only when no npm is on PATH.
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  echo "deps: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
