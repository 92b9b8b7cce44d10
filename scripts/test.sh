#!/usr/bin/env bash
# Builds corroborate (release) and runs every test suite with ctest.
# Extra arguments go to ctest, e.g. scripts/test.sh -L unit
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh" release
ctest --test-dir "$root/build/release" --output-on-failure -j "$(nproc)" "$@"
