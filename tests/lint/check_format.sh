#!/usr/bin/env bash
# Fails, naming the files, if a C++ file does not follow .clang-format.
# Skips (exit 77, which ctest reports as skipped) without clang-format.
#   usage: check_format.sh SOURCE_DIR
# One clang-format process checks every file: one process per file spent
# about 60 CPU seconds of each test run starting clang-format.
set -uo pipefail
cd "$1"
command -v clang-format >/dev/null || { echo "clang-format not installed"; exit 77; }
out=$(find include src tests bench fuzz \( -name '*.cc' -o -name '*.h' \) -print0 2>/dev/null |
      sort -z | xargs -0 -r clang-format --dry-run --Werror 2>&1 >/dev/null) && exit 0
# Each violation is reported as FILE:LINE:COLUMN: error: ...; name each file
# once, or show clang-format's own words when it failed for another reason.
bad=$(grep -oE '^[^:]+\.(cc|h):[0-9]+:[0-9]+: error' <<<"$out" | cut -d: -f1 | sort -u)
if [ -z "$bad" ]; then echo "$out"; exit 1; fi
while IFS= read -r f; do
  echo "not clang-formatted: $f (run: clang-format -i $f)"
done <<<"$bad"
exit 1
