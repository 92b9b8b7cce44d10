#!/usr/bin/env bash
# Builds one libFuzzer target (clang, ASan+UBSan) in build-fuzz and runs it.
#   scripts/fuzz.sh TARGET [SECONDS]     TARGET: text html jsonl warc analyze
#                                        json_codec api, or "all" (each in turn)
# Seeds come from tests/data and ../shared/corpus, copied at run time into
# BUILD/corpus/TARGET/seed (never committed); new inputs libFuzzer finds
# go to BUILD/corpus/TARGET/work and crashes to BUILD/artifacts/TARGET/.
# libFuzzer's output goes to BUILD/fuzz-TARGET.log; the script prints its
# final figures, or its last 60 lines (the crash report) on failure.
# Exit status: 0 when the run ends with no crash, non-zero otherwise.
# Environment: FUZZ_JOBS (parallel workers, default 1), FUZZ_MAX_LEN (bytes
# per input; default per target, see default_max_len), SHARED_DIR (default ../shared),
# FUZZ_BUILD_DIR (default build-fuzz: clang, tests off; scripts/test.sh uses
# build/asan, where scripts/sanitize.sh builds the targets with the tests),
# FUZZ_PARALLEL (with "all": targets run at a time, default nproc),
# FUZZ_RUNS (stop after this many executions, e.g. 10000000 for the long
# run; SECONDS still caps the time), FUZZ_PROCS (plain libFuzzer processes
# on one corpus, default 1; FUZZ_RUNS is split between them), FUZZ_TIMEOUT
# (seconds one input may run, default 10; a long run beside other work at
# nice 19 may need more, since libFuzzer counts wall time).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:?usage: scripts/fuzz.sh TARGET [SECONDS]}"
seconds="${2:-60}"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
shared="${SHARED_DIR:-$root/../shared}"
targets=(text html jsonl warc analyze json_codec api)

if [ "$target" != all ]; then
  [[ " ${targets[*]} " == *" $target "* ]] || { echo "unknown target $target" >&2; exit 2; }
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCORROBORATE_BUILD_FUZZERS=ON \
    -DCORROBORATE_BUILD_TESTS=OFF >/dev/null
fi
if [ "$target" = all ]; then
  # All: build every target once, then run FUZZ_PARALLEL of them at a time
  # (default: the number of cores; each run is one process), each one's
  # report printed whole when it ends.
  cmake --build "$build" --target "${targets[@]/%/_fuzzer}" >&2
  status=0
  running=0
  for t in "${targets[@]}"; do
    if ((running >= ${FUZZ_PARALLEL:-$(nproc)})); then
      wait -n || status=1
      running=$((running - 1))
    fi
    (rc=0
     FUZZ_NO_BUILD=1 "$0" "$t" "$seconds" >"$build/fuzz-$t.report" 2>&1 || rc=$?
     cat "$build/fuzz-$t.report" >&2
     exit "$rc") &
    running=$((running + 1))
  done
  while ((running > 0)); do
    wait -n || status=1
    running=$((running - 1))
  done
  exit "$status"
fi
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  cmake --build "$build" --target "${target}_fuzzer" -j "${FUZZ_JOBS:-1}" >&2
fi

seed="$build/corpus/$target/seed"
work="$build/corpus/$target/work"
artifacts="$build/artifacts/$target"
rm -rf "$seed" && mkdir -p "$seed" "$work" "$artifacts"

# Splits each of the first 40 lines of JSONL file $1 into its own seed file.
split_lines() {
  head -n 40 "$1" | awk -v dir="$seed" -v stem="$(basename "$1")" \
    '{ f = sprintf("%s/%s.%03d", dir, stem, NR); print > f; close(f) }'
}
case "$target" in
  text | analyze)
    cp "$shared"/corpus/seeds/*.txt "$seed"/ 2>/dev/null || true
    cp "$root"/tests/data/encodings/* "$root"/tests/data/bad/*.txt "$seed"/ ;;
  html)
    find "$shared/corpus/extraction/html" -name '*.html' -size -64k | head -n 60 |
      xargs -r cp -t "$seed"/
    cp "$root"/tests/data/ingest_html/*.htm* "$seed"/ ;;
  jsonl | json_codec)
    for f in "$shared"/corpus/*/*.jsonl "$root"/tests/data/events/events.jsonl \
             "$root"/tests/data/bad/one_broken_line.jsonl; do
      [ -f "$f" ] && split_lines "$f"
    done ;;
  api)
    # The fuzzer writes its own seed requests (fuzz/api_fuzzer.cc).
    FUZZ_API_SEEDS="$seed" "$build/fuzz/api_fuzzer" -runs=0 >/dev/null 2>&1 ;;
  warc)
    zcat "$root/tests/data/ingest_html/wget_two_pages.warc.gz" >"$seed/wget_two_pages.warc"
    # One hand-made response record per page, so every seed page is a WARC too.
    for f in "$root"/tests/data/ingest_html/*.html; do
      body_len=$(( $(wc -c <"$f") + 44 ))
      { printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/%s\r\n' "$(basename "$f")"
        printf 'Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n' "$body_len"
        printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n'; cat "$f"; printf '\r\n\r\n'
      } >"$seed/$(basename "$f").warc"
    done ;;
esac
# Inputs that once crashed the target, replayed first by every run
# (tests/data/fuzz_regressions/README.md).
if [ -d "$root/tests/data/fuzz_regressions/$target" ]; then
  cp "$root/tests/data/fuzz_regressions/$target"/* "$seed"/
fi

# Bytes per input when FUZZ_MAX_LEN is unset. The slow targets take shorter
# inputs so a run executes more of them; each length still covers its parser
# (why each was chosen: docs/reliability.md, "max_len" table).
default_max_len() {
  case "$1" in
    text) echo 8192 ;;
    analyze | api) echo 4096 ;;
    *) echo 16384 ;;
  esac
}
max_len="${FUZZ_MAX_LEN:-$(default_max_len "$target")}"

procs="${FUZZ_PROCS:-1}"
echo "fuzz: $target for ${seconds}s, max_len $max_len, $(ls "$seed" | wc -l) seeds, $procs process(es)" >&2
cd "$artifacts"
# FUZZ_PROCS plain libFuzzer processes share the work directory (each
# re-reads what the others add); FUZZ_RUNS is split between them. Much
# faster for long runs than -fork, whose jobs keep replaying the corpus
# (docs/reliability.md).
pids=()
logs=()
for ((k = 1; k <= procs; k++)); do
  log="$build/fuzz-$target.log"
  ((procs > 1)) && log="$build/fuzz-$target.$k.log"
  logs+=("$log")
  runs="${FUZZ_RUNS:+$(( (FUZZ_RUNS + procs - 1) / procs ))}"
  "$build/fuzz/${target}_fuzzer" "$work" "$seed" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout="${FUZZ_TIMEOUT:-10}" \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
    ${FUZZ_JOBS:+-fork="$FUZZ_JOBS"} ${runs:+-runs="$runs"} >"$log" 2>&1 &
  pids+=("$!")
done
status=0
for ((k = 0; k < procs; k++)); do
  rc=0
  wait "${pids[$k]}" || rc=$?
  log="${logs[$k]}"
  if ((rc)); then
    status=$rc
    tail -n 60 "$log" >&2
    echo "fuzz: $target FAILED (exit $rc), full log $log" >&2
  else
    grep -E '^#[0-9]+.*(INITED|DONE)|^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" >&2 || true
  fi
done
if ((procs > 1)); then
  total=$(cat "${logs[@]}" | sed -n 's/^stat::number_of_executed_units: *//p' |
    awk '{ s += $1 } END { print s + 0 }')
  echo "fuzz: $target executions in all $procs processes: $total" >&2
fi
((status)) || echo "fuzz: $target passed" >&2
exit "$status"
