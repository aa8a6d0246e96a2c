#!/bin/sh
# Prints, for each graded inspection report in ../shared/corpus/real, the paragraphs
# in its judgement sections and how many carry that section's grade, the paragraphs
# left ungraded outside the summary and information parts, and whether the LSCB
# judgement was read (issue 9). With FILE arguments: each paragraph's section path
# and grade. BUILD (default build) is the build dir.
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -DOFSEARCH_BENCH=OFF >/dev/null
cmake --build "$BUILD" --target section_grades -j "${JOBS:-2}" >/dev/null
OFSEARCH_DATA="$(pwd)" exec "$BUILD/tests/section_grades" "$@"
