#!/usr/bin/env bash
# The README's test command; CI (.ci/run) runs it as it is.
#   scripts/test.sh [ctest args...]        e.g. scripts/test.sh -L unit
# TEST_MODE picks what runs (default: ci, so CI runs the full set whether or
# not its environment sets CI=true):
#   release  build/release (scripts/build.sh) and the whole suite there: the
#            quick developer loop (TEST_MODE=release ./scripts/test.sh).
#            SANITIZE=1: then the whole suite again under ASan+UBSan
#            (scripts/sanitize.sh); FUZZ_SECONDS=N: then each libFuzzer
#            target for N seconds (built in build/asan).
#   ci       what CI runs, sized for its 20 minutes on 2 cores (figures in
#            docs/reliability.md, "CI"):
#            1. the whole suite once, under ASan+UBSan (scripts/sanitize.sh:
#               clang, build/asan, which also builds the fuzz targets);
#            2. each libFuzzer target for FUZZ_SECONDS (default 30) from
#               its seed corpus, as many at a time as there are cores
#               (scripts/fuzz.sh all); any crash fails the run;
#            3. the one test that cannot run under ASan, valgrind memcheck of
#               the seeds run, on the corroborate binary alone built in
#               build/memcheck (scripts/build.sh memcheck: clang -O1),
#               built at nice 19 while part 2 runs.
# Exit status: non-zero when any part failed (all parts run regardless).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mode="${TEST_MODE:-ci}"
asan="${SANITIZE_BUILD_DIR:-$root/build/asan}"
fuzz_all() { FUZZ_BUILD_DIR="$asan" "$root/scripts/fuzz.sh" all "$1"; }

status=0
case "$mode" in
  release)
    "$root/scripts/build.sh" release
    ctest --test-dir "$root/build/release" --output-on-failure -j "$(nproc)" \
      "$@" || status=$?
    if [ "${SANITIZE:-0}" = 1 ]; then "$root/scripts/sanitize.sh" "$@" || status=$?; fi
    if [ -n "${FUZZ_SECONDS:-}" ]; then fuzz_all "$FUZZ_SECONDS" || status=$?; fi ;;
  ci)
    echo "== test.sh: the whole suite under ASan+UBSan ($asan)" >&2
    "$root/scripts/sanitize.sh" "$@" || status=$?
    echo "== test.sh: each fuzz target for ${FUZZ_SECONDS:-30} s" >&2
    # Meanwhile build/memcheck (only the binary) builds at the lowest
    # priority: it takes little from the fuzzers, whose time is fixed, and
    # the core their last round (one target of seven) leaves idle.
    build_log="$(mktemp)"
    nice -n 19 "$root/scripts/build.sh" memcheck corroborate >"$build_log" 2>&1 &
    builder=$!
    fuzz_all "${FUZZ_SECONDS:-30}" || status=$?
    echo "== test.sh: valgrind memcheck of the seeds run (build/memcheck)" >&2
    if wait "$builder"; then
      ctest --test-dir "$root/build/memcheck" --output-on-failure \
        -R '^reliability\.valgrind_seeds$' || status=$?
    else
      cat "$build_log" >&2
      echo "test.sh: the build/memcheck build failed" >&2
      status=1
    fi
    rm -f "$build_log" ;;
  *) echo "TEST_MODE must be release or ci" >&2; exit 2 ;;
esac
exit "$status"
