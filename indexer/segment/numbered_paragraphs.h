// The segmenter's last look at printed paragraph numbers: report paragraphs are
// numbered in sequence, so a plain paragraph between N and N+1 (no heading, list
// item, field or footnote between) is the rest of N, split off where a page ended
// with a full stop. Joins such paragraphs to N; changes nothing else and keeps order.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "indexer/segment/segment_items.h"

namespace ofsearch::seg {

// Joins each run of plain paragraphs to the numbered paragraph before it when the
// next numbered paragraph follows that one in sequence ("16", held text, "17").
// states_grade: whether a paragraph states a judgement ("The graded judgement for
// adoption performance is that it requires improvement."); such a paragraph is never
// joined.
void merge_into_numbered(std::vector<SegItem>& items,
                         const std::function<bool(const std::string&)>& states_grade);

}  // namespace ofsearch::seg
