#!/usr/bin/env bash
# Configures and builds corroborate.
#   scripts/build.sh [release|debug|memcheck] [TARGET...]   (default: every target)
# Release builds go to build/release, debug builds to build/debug.
# memcheck (build/memcheck) is the build valgrind checks in scripts/test.sh:
# clang at -O1 with line tables and no sanitizers. It compiles in about
# three quarters of the CPU time of the Release build (gcc -O3), and
# memcheck's reports name files and lines (DWARF 4: valgrind 3.19 cannot
# read clang 14's default DWARF 5).
set -euo pipefail
cd "$(dirname "$0")/.."
"./scripts/deps.sh"

type="${1:-release}"
flags=()
case "$type" in
  release) cmake_type=Release ;;
  debug) cmake_type=Debug ;;
  memcheck) cmake_type=Debug
    flags=(-DCMAKE_CXX_COMPILER="$(command -v clang++)"
           -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only -gdwarf-4") ;;
  *) echo "usage: scripts/build.sh [release|debug|memcheck] [TARGET...]" >&2; exit 2 ;;
esac
dir="build/$type"
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$cmake_type" ${flags[@]+"${flags[@]}"} \
  -DCORROBORATE_SHARED_DIR="$(cd .. && pwd)/shared" >/dev/null
shift $(($# > 0 ? 1 : 0))
targets=()
if (($#)); then targets=(--target "$@"); fi
cmake --build "$dir" -j "$(nproc)" ${targets[@]+"${targets[@]}"}
