#!/usr/bin/env bash
# Load test of `corroborate serve` with wrk, on 127.0.0.1 only.
#   scripts/load_test.sh [SECONDS] [CONNECTIONS]     defaults: 20 s, 256
# Two phases of SECONDS each at CONNECTIONS connections (2 wrk threads):
#   read    GET /api/stories, /api/stories/ID, /api/articles/ID, /api/search
#   ingest  POST /api/articles, a new article per request about one of
#           INGEST_EVENTS (default 4000) made-up events drawn at random, so
#           stories of a few articles form (INGEST_UNIQUE=0: 8 bodies
#           repeated, so after the first round only the duplicate check runs)
# Each phase prints requests/s, p99 latency and errors (socket errors,
# timeouts and non-2xx answers). The store is a temporary copy made from
# the seed articles, so nothing else is touched.
# Environment: CORROBORATE_BIN (default: build/release, built if missing),
# SHARED_DIR (default ../shared), WRK_TIMEOUT (default 10s), PHASES
# (default "read ingest").
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
"$bin" serve -q --db "$tmp/load.db" --host 127.0.0.1 --port 0 >"$tmp/url" 2>"${SERVE_ERR:-$tmp/serve.err}" &
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
-- Made-up events: each upload reports one of INGEST_EVENTS events (a place,
-- a facility, what happened, a date), drawn at random, in its own words
-- (outlet, figures, sentence order), so stories grow as news stories do
-- (a few articles each) instead of one story of near-copies.
local n = 0
local unique = ${INGEST_UNIQUE:-1} == 1
local events = ${INGEST_EVENTS:-4000}
local places = {"Arden", "Belmoor", "Carrow", "Dunmere", "Eskvale", "Fenwick",
  "Galdor", "Harrowby", "Ilmarsh", "Jorvale", "Kelby", "Lindell", "Marport",
  "Norwick", "Oakmere", "Penmoor", "Quarne", "Rothwell", "Selburn", "Tarnby"}
local things = {"pumping station", "footbridge", "secondary school",
  "district hospital", "grain warehouse", "ferry terminal", "power station",
  "public library", "football stadium", "covered market", "rail depot", "dam"}
local happenings = {"was flooded", "caught fire", "was closed by inspectors",
  "lost power", "was damaged by a storm", "was evacuated after a gas leak"}
local outlets = {"Courier", "Ledger", "Gazette", "Herald", "Observer"}
local officials = {"a fire service spokesperson", "the mayor", "police",
  "the regional council", "the operator"}
function init(args)
  bad = 0
  math.randomseed(tid * 7919)
end
function request()
  n = n + 1
  local k = tid .. "-" .. n
  local e = unique and math.random(events) or (n % 8)
  if not unique then math.randomseed(e) end  -- the same 8 bodies again
  local place = places[e % #places + 1]
  local thing = things[math.floor(e / #places) % #things + 1]
  local what = happenings[math.floor(e / 7) % #happenings + 1]
  local who = officials[math.random(#officials)]
  local outlet = places[math.random(#places)] .. " " .. outlets[math.random(#outlets)]
  local people = (e % 90) + 10
  local date = string.format("2026-%02d-%02d", e % 12 + 1, e % 28 + 1)
  local lead = "The " .. thing .. " in " .. place .. " " .. what ..
    " on " .. date .. ", " .. who .. " said."
  local detail = "About " .. people .. " people were moved from the " ..
    thing .. " (unit " .. e .. "), according to " .. who .. "."
  local extra = "Reporter note " .. k .. ": crews stayed at the site overnight."
  if not unique then extra = "" end
  local text = (math.random(2) == 1) and (lead .. "\\\\n\\\\n" .. detail)
    or (detail .. "\\\\n\\\\n" .. lead)
  local body = '{"id":"load-' .. k .. '","title":"' .. place .. " " .. thing ..
    " " .. what .. '","date":"' .. date .. '","source":"' .. outlet ..
    '","text":"' .. text .. "\\\\n\\\\n" .. extra .. '"}'
  return wrk.format("POST", "/api/articles",
                    {["Content-Type"] = "application/json"}, body)
end
LUA
} >"$tmp/ingest.lua"

for phase in ${PHASES:-read ingest}; do
  echo "== $phase: ${seconds}s, $connections connections, $url," \
    "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout "${WRK_TIMEOUT:-10s}" \
    -s "$tmp/$phase.lua" "$url" | tee "$tmp/$phase.out" | grep RESULT |
    sed "s/^RESULT/$phase:/"
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done
# What the store holds now (after the ingest phase: how uploads grouped).
python3 - "$url" <<'PY' >&2
import json, sys, urllib.request
stories = json.load(urllib.request.urlopen(sys.argv[1] + "/api/stories"))
sizes = sorted((len(s["articles"]) for s in stories), reverse=True)
print(f"store: {len(stories)} stories, {sum(sizes)} articles, "
      f"largest story {sizes[0] if sizes else 0} articles")
PY
