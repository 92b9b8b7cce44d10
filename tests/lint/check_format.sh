#!/usr/bin/env bash
# Fails, naming the files, if a C++ file does not follow .clang-format.
# Skips (exit 77, which ctest reports as skipped) without clang-format.
#   usage: check_format.sh SOURCE_DIR
set -uo pipefail
cd "$1"
command -v clang-format >/dev/null || { echo "clang-format not installed"; exit 77; }
bad=0
while IFS= read -r f; do
  if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "not clang-formatted: $f (run: clang-format -i $f)"
    bad=1
  fi
done < <(find include src tests bench fuzz -name '*.cc' -o -name '*.h' 2>/dev/null | sort)
exit $bad
