#!/usr/bin/env bash
# Builds corroborate and every test with AddressSanitizer + UndefinedBehavior-
# Sanitizer in its own build directory and runs the whole ctest suite there
# (issue 11, "Sanitizers"; figures in docs/reliability.md). CI runs it
# through scripts/test.sh.
#   scripts/sanitize.sh [ctest args...]     e.g. scripts/sanitize.sh -L unit
# With clang (the default) the same build directory also holds the libFuzzer
# targets (scripts/fuzz.sh with FUZZ_BUILD_DIR=build/asan): the libraries are
# compiled once, with -fsanitize=fuzzer-no-link (coverage counters and
# comparison hooks) on top of ASan+UBSan; in the test binaries the sanitizer
# runtime supplies those hooks as no-ops.
# Environment:
#   SANITIZE_BUILD_DIR  build directory (default build/asan)
#   CXX                 compiler (default clang++; g++ works too, without the
#                       fuzz targets)
#   SANITIZE_JOBS       parallel compile jobs (default: nproc)
#   SANITIZE_BUILD_ONLY 1: build, run no test
# Exit status: non-zero on any failed test, ASan error, leak or UBSan report
# (UBSan does not recover: -fno-sanitize-recover=undefined).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SANITIZE_BUILD_DIR:-$root/build/asan}"
jobs="${SANITIZE_JOBS:-$(nproc)}"
"$root/scripts/deps.sh"

cxx="$(command -v "${CXX:-clang++}")"
fuzzers=OFF
[[ "$("$cxx" --version)" == *clang* ]] && fuzzers=ON
# -O1 -gline-tables-only: stack traces keep file and line; the tests run
# about twice as fast as at -O0, and full debug info would only slow the
# build (measured: docs/reliability.md). CORROBORATE_TEST_PCH: one
# precompiled header for all test binaries; CORROBORATE_TEST_FLAGS=-O0: the
# test files themselves unoptimised (they compile in half the time; the
# libraries under test keep -O1). lld links the 50-odd binaries in a third of
# the CPU time of ld.bfd (docs/reliability.md, "CI").
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" -DCORROBORATE_SANITIZE=ON \
  -DCORROBORATE_TEST_PCH=ON -DCORROBORATE_TEST_FLAGS=-O0 \
  -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld \
  -DCORROBORATE_BUILD_FUZZERS="$fuzzers" \
  -DCORROBORATE_SHARED_DIR="$(cd "$root/.." && pwd)/shared" >/dev/null
cmake --build "$build" -j "$jobs"
[ "${SANITIZE_BUILD_ONLY:-0}" = 1 ] && exit 0

# Leaks that belong to system libraries, not to corroborate, are listed with
# the reason for each in lsan.supp beside this script.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"

# Excluded tests, each with its reason (keep this list short):
#   reliability.valgrind_seeds  valgrind cannot run a binary built with ASan
#                               (both replace malloc and map shadow memory);
#                               it runs on a build without sanitizers instead
#                               (scripts/test.sh).
# The MPI tests (MpiAnalyze.*) run their ranks without the leak check, for
# OpenMPI's sake; tests/mpi/mpi_cli_test.cc says why.
# --timeout 600: a default for tests that set none; the slowest test under
# ASan (the 100 MB page) takes about two minutes alone.
exclude="^reliability\.valgrind_seeds$"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" \
  --timeout 600 -E "$exclude" "$@"
