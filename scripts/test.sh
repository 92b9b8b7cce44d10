#!/usr/bin/env bash
# Builds corroborate (release) and runs every test suite with ctest.
# Extra arguments go to ctest, e.g. scripts/test.sh -L unit
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh" release
ctest --test-dir "$root/build/release" --output-on-failure -j "$(nproc)" "$@"
# SANITIZE=1: then the whole suite again under ASan+UBSan in build/asan
# (scripts/sanitize.sh). Not run by CI: the ASan build and suite do not fit
# CI's 20-minute budget on 2 cores (figures in docs/reliability.md).
if [ "${SANITIZE:-0}" = 1 ]; then "$root/scripts/sanitize.sh" "$@"; fi
