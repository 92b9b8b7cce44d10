#!/bin/sh
# Scores corroborate's story clustering and the scikit-learn baseline
# (TF-IDF + cosine average-link agglomerative clustering, threshold tuned on
# wikiref-dev) on the same labelled sets in the same run, and prints one
# table: pairwise P/R/F1, BCubed F1, ARI and articles per second. Our rows
# come twice: with the learned same-event pair model (corroborate) and with
# the TF-IDF cosine it replaced (cosine-only); then StoryIndex, the
# incremental path (index, index-learn).
#
#   bench/clustering/compare.sh [BUILD_DIR]
#
# BUILD_DIR must hold cluster_bench (configure with
# -DCORROBORATE_BUILD_BENCHMARKS=ON, preferably Release); it defaults to
# build-release. Installs python3-sklearn with apt-get if missing (it loads
# only under /usr/bin/python3).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-release}
bench=$(find "$build" -name cluster_bench -type f -perm -u+x | head -n 1)
if [ -z "$bench" ]; then
  echo "compare.sh: no cluster_bench under $build" >&2
  exit 1
fi
if ! /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y python3-sklearn
  else sudo apt-get install -y python3-sklearn; fi
fi

"$bench"
# The incremental index `serve` uses (articles one at a time, in date
# order), with its default cosine and with the learned score; the last
# column is its agreement with the batch clustering above.
"$bench" --incremental --system index --no-header
"$bench" --incremental --learned --system index-learn --no-header
# Ours without the learned same-event model (no model file in an empty
# folder): the event level falls back to the TF-IDF cosine.
empty=$(mktemp -d)
CORROBORATE_MODELS_DIR=$empty "$bench" --system cosine-only --no-header
rmdir "$empty"
/usr/bin/python3 "$here/sklearn_baseline.py"
