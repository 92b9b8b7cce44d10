#!/usr/bin/env bash
# Builds corroborate if needed and analyses the sample articles:
#   scripts/run.sh                       -> corroborate analyze ../shared/corpus/seeds
#   scripts/run.sh analyze --json FILES  -> any corroborate command line
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh" release >&2
if (($# == 0)); then
  set -- analyze "$root/../shared/corpus/seeds"
fi
exec "$root/build/release/src/cli/corroborate" "$@"
