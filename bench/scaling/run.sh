#!/usr/bin/env bash
# Scaling benchmark: `corroborate analyze --mpi` with 1 and 2 ranks on a
# synthetic corpus built at run time from real PolNeAR paragraphs
# (synthetic_corpus.cc). Prints both wall times and the speed-up.
#
#   bench/scaling/run.sh BUILD_DIR [ARTICLES] [FILES]
#
# BUILD_DIR must be configured with -DCORROBORATE_BUILD_BENCHMARKS=ON and
# built (targets corroborate, synthetic_corpus); Release for real numbers.
# CORROBORATE_BINARY=PATH times another corroborate binary (e.g. a copy of
# an earlier build) on the same corpus.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:?usage: run.sh BUILD_DIR [ARTICLES] [FILES]}"
articles="${2:-1500}"
files="${3:-16}"
shared="${CORROBORATE_SHARED_DIR:-$root/../shared}"
bin="${CORROBORATE_BINARY:-$build/src/cli/corroborate}"  # override: compare builds
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

corpus="$work/corpus"  # outputs stay out of the input directory
mkdir "$corpus"
"$build/bench/scaling/synthetic_corpus" "$corpus" "$articles" "$files" \
  "$shared/corpus/attribution/polnear-train.jsonl" \
  "$shared/corpus/attribution/polnear-dev.jsonl"

# The learned models are read at run time (CORROBORATE_MODELS_DIR): a copy
# keeps both runs on one model while the tree's models/ may be retrained.
cp -r "$root/models" "$work/models"
export CORROBORATE_MODELS_DIR="$work/models"
mpi=(mpirun --oversubscribe -x CORROBORATE_MODELS_DIR)
[ "$(id -u)" -eq 0 ] && mpi+=(--allow-run-as-root)

# One run with N ranks; prints its wall time in seconds. Each rank runs under
# GNU time (its CPU: "rank R cpu USER SYS") and prints its phase times
# (CORROBORATE_MPI_TIMES, src/pipeline/mpi_comm.h) to $work/err.N.
run() {
  local start end
  start=$(date +%s.%N)
  CORROBORATE_MPI_TIMES=1 "${mpi[@]}" -x CORROBORATE_MPI_TIMES -np "$1" \
    bash -c 'exec /usr/bin/time -f "rank $OMPI_COMM_WORLD_RANK cpu %U %S" "$0" "$@"' \
    "$bin" analyze --mpi --no-db --json "$corpus" >"$work/out.$1.json" 2>"$work/err.$1"
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}

# Per-rank CPU (user + sys) and, per phase, each rank's CPU seconds.
report() {
  echo "np=$1 per-rank CPU (user+sys; busy = without the waits):"
  awk '/^rank [0-9]+: \(wait\)/ { r = $2; sub(":", "", r); wait[r] += $8 }
       /^rank [0-9]+ cpu/ { cpu[$2] = $4 + $5 }
       END { for (r in cpu) printf "  rank %s: %.2f s, busy %.2f s\n", r, cpu[r], cpu[r] - wait[r] }' \
    "$work/err.$1" | sort
  echo "np=$1 phases (CPU s; '(wait)' = waiting for slower ranks):"
  awk '/^rank [0-9]+: / { r = $2; sub(":", "", r); cpu[$3, r] += $8
         if (!(($3) in order)) { order[$3] = ++n; name[n] = $3 } if (r + 1 > nr) nr = r + 1 }
       END { for (i = 1; i <= n; ++i) { line = sprintf("  %-14s", name[i])
               for (r = 0; r < nr; ++r) line = line sprintf(" rank%s %7.2f", r, cpu[name[i], r])
               print line } }' "$work/err.$1"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
t1=$(run 1)
t2=$(run 2)
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
if ! cmp -s "$work/out.1.json" "$work/out.2.json"; then
  keep="$(mktemp -d /tmp/scaling_diff.XXXXXX)"
  cp "$work"/out.* "$work"/err.* "$keep"
  echo "outputs differ (kept in $keep)" >&2
  exit 1
fi
printf 'articles=%s files=%s\n' "$articles" "$files"
report 1
report 2
# The critical path on two idle cores: the busiest rank's CPU without waits.
busy() {
  awk '/^rank [0-9]+: \(wait\)/ { r = $2; sub(":", "", r); wait[r] += $8 }
       /^rank [0-9]+ cpu/ { cpu[$2] = $4 + $5 }
       END { m = 0; for (r in cpu) if (cpu[r] - wait[r] > m) m = cpu[r] - wait[r]; print m }' "$work/err.$1"
}
awk -v b1="$(busy 1)" -v b2="$(busy 2)" 'BEGIN {
  printf "CPU critical path: np=1 %.2f s, np=2 %.2f s (busiest rank): %.2fx\n", b1, b2, b1 / b2
}'
awk -v n="$articles" -v t1="$t1" -v t2="$t2" 'BEGIN {
  printf "np=1: %.2f s (%.1f articles/s)\n", t1, n / t1
  printf "np=2: %.2f s (%.1f articles/s)\n", t2, n / t2
  printf "speed-up np=2 / np=1: %.2fx (target >= 1.7x)\n", t1 / t2
}'
