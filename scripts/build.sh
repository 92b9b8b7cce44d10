#!/usr/bin/env bash
# Configures and builds corroborate.
#   scripts/build.sh [release|debug] [TARGET...]   (default: every target)
# Release builds go to build/release, debug builds to build/debug.
set -euo pipefail
cd "$(dirname "$0")/.."
"./scripts/deps.sh"

type="${1:-release}"
case "$type" in
  release) cmake_type=Release ;;
  debug) cmake_type=Debug ;;
  *) echo "usage: scripts/build.sh [release|debug] [TARGET...]" >&2; exit 2 ;;
esac
dir="build/$type"
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$cmake_type" \
  -DCORROBORATE_SHARED_DIR="$(cd .. && pwd)/shared" >/dev/null
shift $(($# > 0 ? 1 : 0))
targets=()
if (($#)); then targets=(--target "$@"); fi
cmake --build "$dir" -j "$(nproc)" ${targets[@]+"${targets[@]}"}
