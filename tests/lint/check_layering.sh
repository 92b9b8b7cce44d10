#!/usr/bin/env bash
# Fails if a stage includes a header of a later stage: the pipeline runs one
# way (docs/architecture.md), and so must the #include graph.
#   usage: check_layering.sh SOURCE_DIR
set -euo pipefail
src="$1/src"
order=(util ingest extract analyze entities link corroborate store report pipeline serve cli)
# Public headers belong to the stage of the same name.
declare -A header_stage=([status]=util [options]=util [article]=util [ingest]=ingest
  [extract]=extract [analyze]=analyze [entities]=entities [link]=link [corroborate]=corroborate [store]=store
  [report]=report [pipeline]=pipeline)
rank() { local i; for i in "${!order[@]}"; do [[ "${order[$i]}" == "$1" ]] && echo "$i" && return; done; echo 99; }
bad=0
for dir in "$src"/*/; do
  stage=$(basename "$dir")
  r=$(rank "$stage")
  while IFS=: read -r file _ line; do
    inc=$(sed -E 's/.*#include "([^"]+)".*/\1/' <<<"$line")
    case "$inc" in
      corroborate/*) name=$(basename "$inc" .h); target=${header_stage[$name]:-util} ;;
      */*) target=${inc%%/*} ;;
      *) continue ;;
    esac
    # A store and a report are siblings: neither may include the other.
    if (( $(rank "$target") > r )) || { [[ $stage == store && $target == report ]]; }; then
      echo "layering: $file includes $inc (stage $target comes after $stage)"
      bad=1
    fi
  done < <(grep -rn '#include "' "$dir" || true)
done
exit $bad
