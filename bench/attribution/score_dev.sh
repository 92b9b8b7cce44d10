#!/bin/sh
# Scores `corroborate attribute` on the PolNeAR dev split: builds the tool
# and the scorer in Release (build-attribution/, or $BUILD_DIR), runs the
# command-line contract on polnear-dev.jsonl and prints the span table
# (docs/attribution.md), then the in-process throughput.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build-attribution}
DEV=${1:-$ROOT/../shared/corpus/attribution/polnear-dev.jsonl}
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCORROBORATE_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$BUILD" --target corroborate attribution_score \
  attribution_bench >/dev/null
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
"$BUILD/src/cli/corroborate" attribute "$DEV" >"$OUT"
"$BUILD/bench/attribution/attribution_score" "$DEV" "$OUT"
"$BUILD/bench/attribution/attribution_bench" "$DEV" | tail -n 1
