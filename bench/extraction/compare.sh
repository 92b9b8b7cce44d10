#!/bin/sh
# Scores corroborate's HTML extractor, Mozilla Readability.js 0.6.0 (jsdom)
# and readability-lxml (Debian python3-readability) on the same pages in
# the same run, with the same scorer, and prints one table.
#
#   bench/extraction/compare.sh [BUILD_DIR] [CORPUS_DIR]
#
# BUILD_DIR must hold extraction_bench (configure with
# -DCORROBORATE_BUILD_BENCHMARKS=ON, preferably Release); it defaults to
# build-release. Installs the peers if missing: npm packages into
# bench/extraction/node/node_modules (versions pinned by package-lock.json)
# and python3-readability with apt-get (needs root or sudo).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-release}
corpus=${2:-$root/../shared/corpus/extraction}
bench=$(find "$build" -name extraction_bench -type f -perm -u+x | head -n 1)
if [ -z "$bench" ]; then
  echo "compare.sh: no extraction_bench under $build" >&2
  exit 1
fi

if [ ! -d "$here/node/node_modules/@mozilla/readability" ]; then
  (cd "$here/node" && npm ci --no-audit --no-fund)
fi
if ! /usr/bin/python3 -c 'import readability' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y python3-readability
  else sudo apt-get install -y python3-readability; fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node "$here/node/readability_js.mjs" "$corpus" \
  > "$work/readability_js.jsonl" 2> "$work/readability_js.seconds"
/usr/bin/python3 "$here/readability_lxml.py" "$corpus" \
  > "$work/readability_lxml.jsonl" 2> "$work/readability_lxml.seconds"

js_version=$(node -p "require('$here/node/node_modules/@mozilla/readability/package.json').version")
lxml_version=$(dpkg-query -W -f '${Version}' python3-readability)
"$bench" --corpus "$corpus" --split "${SPLIT:-80}" \
  --peer "readability.js $js_version=$work/readability_js.jsonl=$(tail -n 1 "$work/readability_js.seconds")" \
  --peer "readability-lxml $lxml_version=$work/readability_lxml.jsonl=$(tail -n 1 "$work/readability_lxml.seconds")"
