#!/bin/sh
# Builds the libFuzzer targets (tests/fuzz) with clang, ASan and UBSan in
# $FUZZ_BUILD and runs each for FUZZ_SECONDS of fuzzing, seeded from the bundled
# reports (and the real PDFs in ../shared/corpus/real when present). Every crash,
# timeout (-timeout=5) or out-of-memory input (-rss_limit_mb=2048) is written to
# tests/fuzz/regressions/<target>/, where the gcc build's fuzz_regression_tests
# replays it; after a crash the fuzzer is restarted until the time is used up.
set -eu
cd "$(dirname "$0")/.."
FUZZ_BUILD=${FUZZ_BUILD:-build-fuzz}
FUZZ_SECONDS=${FUZZ_SECONDS:-600}
TARGETS=${FUZZ_TARGETS:-"text_pipeline pdf_extractor query_parser"}
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (apt-get install clang)" >&2; exit 2; }

flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S . -B "$FUZZ_BUILD" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DOFSEARCH_FUZZ=ON -DOFSEARCH_BENCH=OFF -DCMAKE_CXX_FLAGS="$flags" >/dev/null
for t in $TARGETS; do cmake --build "$FUZZ_BUILD" --target "fuzz_$t" -j "${JOBS:-2}"; done

seeds=$FUZZ_BUILD/fuzz-seeds
real=../shared/corpus/real
rm -rf "$seeds" && mkdir -p "$seeds/text_pipeline" "$seeds/pdf_extractor" "$seeds/query_parser"
for f in corpus/reports/*.txt; do
  cp "$f" "$seeds/text_pipeline/"
  # The same report as an HTML page with navigation around its main content.
  { echo '<!doctype html><html><head><title>Report</title></head><body><nav><a href="/">Home</a></nav><main>'
    sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/^\(..*\)$/<p>\1<\/p>/' "$f"
    echo '</main><footer>Cookies on GOV.UK</footer></body></html>'; } >"$seeds/text_pipeline/$(basename "$f" .txt).html"
done
# A small uncompressed PDF (tests/cli/pdf_fixtures.cpp's writer) whose text mutations reach the layout.
cp tests/fuzz/seeds/pdf_extractor/* "$seeds/pdf_extractor/"
n=0
while IFS= read -r q; do n=$((n + 1)); printf '%s' "$q" >"$seeds/query_parser/q$n"; done <tests/fuzz/query_seeds.txt
if [ -d "$real" ]; then
  for f in $(ls -S "$real"/focused-visits/*.pdf | tail -3) $(ls -S "$real"/ilacs/*.pdf | tail -2); do
    cp "$f" "$seeds/pdf_extractor/"
    command -v pdftotext >/dev/null && pdftotext "$f" "$seeds/text_pipeline/$(basename "$f" .pdf).txt" || true
  done
fi

LSAN_OPTIONS="suppressions=$(pwd)/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
for t in $TARGETS; do
  corpus=$FUZZ_BUILD/fuzz-corpus/$t
  log=$FUZZ_BUILD/fuzz-$t.log
  mkdir -p "$corpus" "tests/fuzz/regressions/$t"
  dict=""
  [ "$t" = query_parser ] && dict="-dict=tests/fuzz/query.dict"
  case $t in query_parser) max_len=4096 ;; text_pipeline) max_len=65536 ;; *) max_len=200000 ;; esac
  max_len=${FUZZ_MAX_LEN:-$max_len}  # small values trade whole reports for speed
  : >"$log"
  start=$(date +%s)
  runs=0
  while :; do
    left=$((FUZZ_SECONDS - ($(date +%s) - start)))
    [ "$left" -gt 5 ] && [ "$runs" -lt 50 ] || break
    runs=$((runs + 1))
    "$FUZZ_BUILD/tests/fuzz/fuzz_$t" -max_total_time="$left" -timeout=5 -rss_limit_mb=2048 \
      -max_len="$max_len" -print_final_stats=1 $dict -artifact_prefix="tests/fuzz/regressions/$t/" \
      "$corpus" "$seeds/$t" >>"$log" 2>&1 || true
  done
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{s += $1} END {print s + 0}')
  found=$(grep -c '^artifact_prefix\|Test unit written to' "$log" || true)
  echo "fuzz_$t: $(($(date +%s) - start)) s in $runs run(s), $execs executions, $found input(s) saved; log $log"
done
