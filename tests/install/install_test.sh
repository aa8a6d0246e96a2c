#!/usr/bin/env bash
# `cmake --install` into a temporary prefix; from a folder outside the source tree, with
# OFSEARCH_DATA unset, the installed binary indexes the sample reports installed beside it
# and finds "missing from care". Then the prefix is moved (copied, the original removed):
# the moved binary still works, and it reads the moved data, not the source tree compiled
# in (a broken copy of its stem exceptions makes it fail naming the moved file).
# Usage: install_test.sh CMAKE BUILD_DIR
set -euo pipefail
cmake=$1
build=$2
unset OFSEARCH_DATA

if [ ! -r /proc/self/exe ]; then
  echo "install_test: skipped: no /proc/self/exe, so an installed binary cannot find its data"
  exit 77
fi

tmp=$(cd "$(mktemp -d /tmp/ofsearch-install.XXXXXX)" && pwd -P)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

fail() {
  echo "install_test: $*" >&2
  exit 1
}

"$cmake" --install "$build" --prefix "$tmp/prefix" >/dev/null

data=share/ofsearch
for f in bin/ofsearch $data/corpus/authorities.tsv $data/corpus/segmenter_cues.tsv \
  $data/corpus/date_words.tsv $data/corpus/html_furniture.tsv \
  $data/stemming/synonyms.tsv $data/stemming/stem_exceptions.tsv \
  $data/corpus/reports/000_ca7f3efedd020b83.txt $data/corpus/reports/001_671f85181b680613.meta.json; do
  [ -f "$tmp/prefix/$f" ] || fail "not installed: $f"
done
[ ! -e "$tmp/prefix/$data/bench" ] || fail "bench/ is installed"
[ -z "$(find "$tmp/prefix" -name '*test*')" ] || fail "test files are installed"
echo "installed $(find "$tmp/prefix" -type f | wc -l) files under $tmp/prefix"

# Indexes the prefix's sample reports into a new index, prints the total for the phrase.
hits() {
  local prefix=$1 index=$2
  "$prefix/bin/ofsearch" index --quiet --index "$index" "$prefix/$data/corpus/reports" >&2 ||
    fail "$prefix/bin/ofsearch index failed"
  local out
  out=$("$prefix/bin/ofsearch" search --index "$index" --limit 0 '"missing from care"') ||
    fail "$prefix/bin/ofsearch search failed"
  echo "${out%% *}"
}

n=$(hits "$tmp/prefix" "$tmp/index")
[ "$n" -gt 0 ] 2>/dev/null || fail "installed binary: '\"missing from care\"' found '$n' paragraphs"
echo "installed binary: \"missing from care\" $n paragraphs"

cp -a "$tmp/prefix" "$tmp/moved"
rm -rf "$tmp/prefix"
n=$(hits "$tmp/moved" "$tmp/index-moved")
[ "$n" -gt 0 ] 2>/dev/null || fail "moved binary: '\"missing from care\"' found '$n' paragraphs"
echo "moved binary: \"missing from care\" $n paragraphs"

broken=$tmp/moved/$data/stemming/stem_exceptions.tsv
echo "not a word and a stem" >"$broken"
if err=$("$tmp/moved/bin/ofsearch" search --index "$tmp/index-moved" care 2>&1); then
  fail "moved binary ignored its broken $broken (it reads other data)"
fi
case $err in
  *"$broken"*) echo "moved binary reads its own data: $err" ;;
  *) fail "moved binary did not read $broken: $err" ;;
esac
