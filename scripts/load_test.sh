#!/usr/bin/env bash
# Load test of `ofsearch serve` on loopback only: the benchmark's query mix
# (bench/queries.tsv) as /api/search requests, with wrk at 1, 2 and 8 connections for
# LOAD_SECONDS each (default 10), on a generated corpus of PARAGRAPHS (default 100000),
# without and then with an indexer adding and committing a letter every second.
# Prints requests/s, p50, p99 and failed requests per run. Bounded in time and count.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
PARAGRAPHS=${PARAGRAPHS:-100000}
SECONDS_EACH=${LOAD_SECONDS:-10}
DATA=${DATA:-$BUILD/load-data}
# Exit 77 (ctest: skipped) when a tool is missing; 1 when any request failed.
command -v wrk >/dev/null || { echo "load_test: skipped, wrk is not installed (scripts/install-deps.sh)"; exit 77; }
grep -q '^OFSEARCH_BENCH:BOOL=ON' "$BUILD/CMakeCache.txt" 2>/dev/null ||
  { echo "load_test: skipped, $BUILD has no ofsearch-bench (OFSEARCH_BENCH=OFF)"; exit 77; }
cmake --build "$BUILD" --target ofsearch ofsearch-bench -j "${JOBS:-2}" >/dev/null
export OFSEARCH_DATA="$PWD"
corpus="$DATA/corpus-$PARAGRAPHS" index="$DATA/index-$PARAGRAPHS"
mkdir -p "$DATA"
DATA=$(cd "$DATA" && pwd)
[ -d "$corpus" ] || timeout 1800 "$BUILD/ofsearch-bench" generate --paragraphs "$PARAGRAPHS" --out "$corpus" >/dev/null
[ -d "$index" ] || timeout 1800 "$BUILD/ofsearch" index --shards 2 --quiet --index "$index" "$corpus" >/dev/null

# The query mix as request paths (filters field=value;... become parameters).
paths="$DATA/paths.txt"
grep -v '^#' bench/queries.tsv | tail -n +2 | python3 -c '
import sys, urllib.parse
for line in sys.stdin:
    cls, query, filters = (line.rstrip("\n").split("\t") + ["", ""])[:3]
    params = [("q", query)] if query else []
    params += [tuple(f.split("=", 1)) for f in filters.split(";") if "=" in f]
    print("/api/search?" + urllib.parse.urlencode(params))' > "$paths"
lua="$DATA/paths.lua"
cat > "$lua" <<LUA
local paths = {}
for line in io.lines("$paths") do paths[#paths + 1] = line end
local i = math.random(#paths)
request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end
LUA

# The letters the indexer adds go to a copy, so every run starts from the same index.
rm -rf "$DATA/run-index"; cp -r "$index" "$DATA/run-index"; index="$DATA/run-index"
port=$((20000 + RANDOM % 20000))
setsid "$BUILD/ofsearch" serve --index "$index" --port "$port" --threads 8 > "$DATA/serve.log" 2>&1 &
server=$!
indexer=""
cleanup() {
  [ -n "$indexer" ] && kill "$indexer" 2>/dev/null || true
  kill -TERM "$server" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.2; done

mapfile -t letters < <(find "$corpus" -type f -name '*.txt' | sort | head -n 200)
run() {  # label connections
  local out threads=$(( $2 < 2 ? 1 : 2 ))
  out=$(timeout $((SECONDS_EACH + 30)) wrk -t "$threads" -c "$2" -d "${SECONDS_EACH}s" --timeout 10s --latency \
        -s "$lua" "http://127.0.0.1:$port")
  local rps p50 p99 non2xx errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out"); errors=${errors:-0}
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$rps" "$p50" "$p99" "$((non2xx + errors))"
  failed=$((failed + non2xx + errors))
  [ -n "$rps" ] || failed=$((failed + 1))  # wrk said nothing: count it as a failure
}
failed=0
echo "| indexer | connections | requests/s | p50 | p99 | failed |"
echo "|---|---|---|---|---|---|"
for c in 1 2 8; do run "none" "$c"; done
( n=0; while [ $n -lt $((SECONDS_EACH * 3 + 60)) ]; do
    src=${letters[$((n % ${#letters[@]}))]}
    copy="$DATA/letter-$n.${src##*.}"; cp "$src" "$copy"
    "$BUILD/ofsearch" index --quiet --wait --index "$index" "$copy" >/dev/null 2>&1 || true
    rm -f "$copy"; n=$((n + 1)); sleep 1
  done ) &
indexer=$!
for c in 1 2 8; do run "a letter a second" "$c"; done
kill "$indexer" 2>/dev/null || true
indexer=""
if [ "$failed" -gt 0 ]; then echo "load_test: $failed failed requests"; exit 1; fi
echo "load_test: no failed request"
