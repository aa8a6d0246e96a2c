#!/bin/sh
# Prints the pipeline's accuracy on the real reports in ../shared/corpus/real
# (per field: matches / comparable rows of the published tables) and every
# mismatch, by running the RealReports test. BUILD (default build) is the build dir.
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -DOFSEARCH_BENCH=OFF >/dev/null
cmake --build "$BUILD" --target indexer_tests -j "${JOBS:-2}" >/dev/null
out=$(OFSEARCH_DATA="$(pwd)" "$BUILD/tests/indexer_tests" --gtest_filter='RealReports.*' 2>&1) || status=$?
table=$(printf '%s\n' "$out" | sed -n '/^=== real reports/,/^=== end/p')
if [ -n "$table" ]; then printf '%s\n' "$table"; else printf '%s\n' "$out" | grep -i 'skip' || true; fi
printf '%s\n' "$out" | grep -E '^\[  (PASSED|FAILED|SKIPPED) ' || true
exit "${status:-0}"
