#!/usr/bin/env bash
# Load test of `corroborate serve` with wrk, on 127.0.0.1 only.
#   scripts/load_test.sh [SECONDS] [CONNECTIONS]     defaults: 20 s, 256
# Two phases of SECONDS each at CONNECTIONS connections (2 wrk threads):
#   read    GET /api/stories, /api/stories/ID, /api/articles/ID, /api/search
#   ingest  POST /api/articles, a new article per request (INGEST_UNIQUE=0:
#           8 bodies repeated, so after the first round only the duplicate
#           check runs)
# Each phase prints requests/s, p99 latency and errors (socket errors,
# timeouts and non-2xx answers). The store is a temporary copy made from
# the seed articles, so nothing else is touched.
# Environment: CORROBORATE_BIN (default: build/release, built if missing),
# SHARED_DIR (default ../shared), WRK_TIMEOUT (default 10s).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-20}"
connections="${2:-256}"
shared="${SHARED_DIR:-$root/../shared}"
bin="${CORROBORATE_BIN:-$root/build/release/src/cli/corroborate}"
command -v wrk >/dev/null || { echo "load_test: needs wrk (apt-get install wrk)" >&2; exit 2; }
[ -x "$bin" ] || "$root/scripts/build.sh" release >&2

tmp="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

"$bin" analyze -q --db "$tmp/load.db" --json "$shared"/corpus/seeds/*.txt >"$tmp/analysis.json"
"$bin" serve -q --db "$tmp/load.db" --host 127.0.0.1 --port 0 >"$tmp/url" 2>"$tmp/serve.err" &
server_pid=$!
for _ in $(seq 100); do grep -q http "$tmp/url" 2>/dev/null && break; sleep 0.1; done
url="$(grep -o 'http://[^ ]*' "$tmp/url" | head -n1)"
url="${url%/}"
[ -n "$url" ] || { echo "load_test: server did not start" >&2; cat "$tmp/serve.err" >&2; exit 1; }

# Paths the read phase cycles through, from the stored analysis.
python3 - "$tmp/analysis.json" >"$tmp/paths.lua" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
paths = ["/api/stories", "/api/search?q=said", "/api/search?q=minister"]
paths += ["/api/stories/" + s["id"] for s in a.get("stories", [])[:20]]
paths += ["/api/articles/" + x["id"] for x in a.get("articles", [])[:20]]
print("paths = {" + ", ".join(json.dumps(p) for p in paths) + "}")
PY

cat >"$tmp/common.lua" <<'LUA'
-- Counts non-2xx answers per thread and prints one summary line.
local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end
function init(args) bad = 0 end
function response(status, headers, body) if status >= 300 then bad = bad + 1 end end
function done(summary, latency, requests)
  local bad_total = 0
  for _, t in ipairs(threads) do bad_total = bad_total + t:get("bad") end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + bad_total
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "errors=%d (connect %d, read %d, write %d, timeout %d, non-2xx %d)\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors, e.connect, e.read, e.write, e.timeout, bad_total))
end
LUA
{ cat "$tmp/paths.lua" "$tmp/common.lua"; cat <<'LUA'
local i = 0
function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
} >"$tmp/read.lua"
{ cat "$tmp/common.lua"; cat <<LUA
local n = 0
local unique = ${INGEST_UNIQUE:-1} == 1
function request()
  n = n + 1
  local k = unique and (tid .. "-" .. n) or tostring(n % 8)
  local body = '{"id":"load-' .. k .. '","title":"Load test item ' .. k ..
    '","text":"Engineers said the pump number ' .. k ..
    ' at the reservoir failed on Tuesday.\\\\n\\\\nA utility spokesperson ' ..
    'told reporters repairs would take ' .. k .. ' hours."}'
  return wrk.format("POST", "/api/articles",
                    {["Content-Type"] = "application/json"}, body)
end
LUA
} >"$tmp/ingest.lua"

for phase in read ingest; do
  echo "== $phase: ${seconds}s, $connections connections, $url" >&2
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout "${WRK_TIMEOUT:-10s}" \
    -s "$tmp/$phase.lua" "$url" | tee "$tmp/$phase.out" | grep RESULT |
    sed "s/^RESULT/$phase:/"
done
