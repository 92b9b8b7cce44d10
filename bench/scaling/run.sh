#!/usr/bin/env bash
# Scaling benchmark: `corroborate analyze --mpi` with 1 and 2 ranks on a
# synthetic corpus built at run time from real PolNeAR paragraphs
# (synthetic_corpus.cc). Prints both wall times and the speed-up.
#
#   bench/scaling/run.sh BUILD_DIR [ARTICLES] [FILES]
#
# BUILD_DIR must be configured with -DCORROBORATE_BUILD_BENCHMARKS=ON and
# built (targets corroborate, synthetic_corpus); Release for real numbers.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:?usage: run.sh BUILD_DIR [ARTICLES] [FILES]}"
articles="${2:-1500}"
files="${3:-16}"
shared="${CORROBORATE_SHARED_DIR:-$root/../shared}"
bin="$build/src/cli/corroborate"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$build/bench/scaling/synthetic_corpus" "$work" "$articles" "$files" \
  "$shared/corpus/attribution/polnear-train.jsonl" \
  "$shared/corpus/attribution/polnear-dev.jsonl"

mpi=(mpirun --oversubscribe)
[ "$(id -u)" -eq 0 ] && mpi+=(--allow-run-as-root)

# Wall time in seconds of one run, output discarded.
run() {
  local start end
  start=$(date +%s.%N)
  "${mpi[@]}" -np "$1" "$bin" analyze --mpi --no-db --json "$work" >"$work/out.$1.json"
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}

t1=$(run 1)
t2=$(run 2)
cmp -s "$work/out.1.json" "$work/out.2.json" || { echo "outputs differ" >&2; exit 1; }
printf 'articles=%s files=%s\n' "$articles" "$files"
awk -v n="$articles" -v t1="$t1" -v t2="$t2" 'BEGIN {
  printf "np=1: %.2f s (%.1f articles/s)\n", t1, n / t1
  printf "np=2: %.2f s (%.1f articles/s)\n", t2, n / t2
  printf "speed-up np=2 / np=1: %.2fx (target >= 1.7x)\n", t1 / t2
}'
