#!/bin/sh
# Adding articles to a stored analysis: `corroborate analyze --db` (re-links
# every stored article) against `analyze --db --incremental` (places only the
# new ones, as `serve` does), in the same run on copies of the same store.
#
#   bench/clustering/incremental_add.sh [CORROBORATE_BINARY]
#
# The store: PolNeAR train and WikiRef clustering sets, the PolNeAR
# attribution train split and the extraction pages (about 1,050 articles).
# Added: one PolNeAR dev document, then all 84. Prints CPU seconds (user +
# sys), wall seconds and the stories after each way. The binary defaults to
# build/release/src/cli/corroborate (Release: scripts/build.sh release).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/release/src/cli/corroborate}
shared=${SHARED_DIR:-$root/../shared}/corpus
[ -x "$bin" ] || { echo "incremental_add.sh: no binary $bin" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" analyze -q --db "$tmp/base.db" \
  "$shared/clustering/polnear-train-events.jsonl" \
  "$shared/clustering/wikiref-dev.jsonl" \
  "$shared/attribution/polnear-train.jsonl" \
  "$shared/extraction/html" >/dev/null
head -n 1 "$shared/attribution/polnear-dev.jsonl" >"$tmp/one.jsonl"
cp "$shared/attribution/polnear-dev.jsonl" "$tmp/all.jsonl"
echo "store: $(sqlite3 "$tmp/base.db" 'select count(*) from articles') articles," \
  "$(sqlite3 "$tmp/base.db" 'select count(*) from stories') stories"
printf '%-8s %-14s %8s %8s %8s\n' added way cpu_s wall_s stories
for added in one all; do
  for way in batch incremental; do
    cp "$tmp/base.db" "$tmp/run.db"
    flag=""
    [ "$way" = incremental ] && flag=--incremental
    /usr/bin/time -f "%U %S %e" -o "$tmp/time" \
      "$bin" analyze -q $flag --db "$tmp/run.db" "$tmp/$added.jsonl" >/dev/null
    stories=$(sqlite3 "$tmp/run.db" 'select count(*) from stories')
    awk -v a="$added" -v w="$way" -v s="$stories" \
      '{ printf "%-8s %-14s %8.2f %8.2f %8d\n", a, w, $1 + $2, $3, s }' \
      "$tmp/time"
  done
done
