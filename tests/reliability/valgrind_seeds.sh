#!/usr/bin/env bash
# Valgrind memcheck on the seeds run (issue 11, "Sanitizers"):
#   valgrind_seeds.sh CORROBORATE_BINARY SEEDS_DIR
# Fails on any memcheck error (invalid read or write, use of uninitialised
# memory, bad free) and on any definite leak; valgrind.supp beside this
# script lists the library false positives it suppresses, and why.
# "Possible" and "still reachable" blocks are reported but do not fail:
# libraries (ICU, hunspell, our static lexicons) keep process-lifetime
# caches that the exit frees. Exit 77
# (ctest: skipped) when valgrind is not installed.
set -euo pipefail
binary="${1:?usage: valgrind_seeds.sh CORROBORATE_BINARY SEEDS_DIR}"
seeds="${2:?usage: valgrind_seeds.sh CORROBORATE_BINARY SEEDS_DIR}"
command -v valgrind >/dev/null || { echo "valgrind not installed" >&2; exit 77; }
[ -d "$seeds" ] || { echo "no seeds at $seeds" >&2; exit 77; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite \
  --errors-for-leak-kinds=definite --error-exitcode=1 --track-origins=yes \
  --suppressions="$(dirname "$0")/valgrind.supp" \
  --log-file="$log" "$binary" analyze --no-db -q "$seeds" >/dev/null || status=$?
grep -E "ERROR SUMMARY|definitely lost|indirectly lost|possibly lost|still reachable" "$log" || true
if [ "$status" -ne 0 ]; then
  cat "$log" >&2
  echo "valgrind_seeds: exit $status" >&2
fi
exit "$status"
