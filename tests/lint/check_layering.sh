#!/usr/bin/env bash
# Fails if a stage includes a header of a later stage: the pipeline runs one
# way (docs/architecture.md), and so must the #include graph.
#   usage: check_layering.sh SOURCE_DIR
# One grep and one awk pass over src/ (a loop of shell lookups per include
# line took 20 CPU seconds of every test run).
set -euo pipefail
src="$1/src"
{ grep -rn '#include "' "$src" || true; } | awk -v src="$src/" '
BEGIN {
  # Stages in pipeline order; public headers belong to the stage of the same
  # name, the rest of include/corroborate to util.
  n = split("util ingest extract analyze entities link corroborate store " \
            "report pipeline serve cli", order, " ")
  for (i = 1; i <= n; i++) rank[order[i]] = i - 1
  n = split("status:util options:util article:util ingest:ingest " \
            "extract:extract analyze:analyze entities:entities link:link " \
            "corroborate:corroborate store:store report:report " \
            "pipeline:pipeline", pairs, " ")
  for (i = 1; i <= n; i++) { split(pairs[i], kv, ":"); header_stage[kv[1]] = kv[2] }
}
{
  file = $0; sub(/:[0-9]+:.*/, "", file)
  stage = substr(file, length(src) + 1); sub(/\/.*/, "", stage)
  line = $0; sub(/^[^:]*:[0-9]+:/, "", line)
  if (!match(line, /#include "[^"]+"/)) next
  inc = substr(line, RSTART + 10, RLENGTH - 11)
  if (inc ~ /^corroborate\//) {
    name = inc; sub(/.*\//, "", name); sub(/\.h$/, "", name)
    target = (name in header_stage) ? header_stage[name] : "util"
  } else if (inc ~ /\//) {
    target = inc; sub(/\/.*/, "", target)
  } else next
  r = (stage in rank) ? rank[stage] : 99
  t = (target in rank) ? rank[target] : 99
  # A store and a report are siblings: neither may include the other.
  if (t > r || (stage == "store" && target == "report")) {
    print "layering: " file " includes " inc " (stage " target " comes after " stage ")"
    bad = 1
  }
}
END { exit bad }'
