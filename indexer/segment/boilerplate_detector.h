// Third pass of the paragraph segmenter: flags paragraphs that are boilerplate by
// the phrase rules of corpus/boilerplate.tsv (contact lines, copyright notices, form
// fields...) and flags web-page furniture after an article: from the first teaser or
// truncated link ("[...]", "...", "website design by") in the latter part of a page
// on, when more furniture follows. Headings inside that tail become flagged paragraphs.
#pragma once

#include <vector>

#include "indexer/segment/segment_items.h"
#include "indexer/segment/segmenter_cues.h"

namespace ofsearch {

class BoilerplateDetector {
 public:
  explicit BoilerplateDetector(const SegmenterCues& cues) : cues_(cues) {}
  void flag(std::vector<SegItem>& items) const;

 private:
  void flag_by_rules(std::vector<SegItem>& items) const;
  void flag_furniture_tail(std::vector<SegItem>& items) const;

  const SegmenterCues& cues_;
};

}  // namespace ofsearch
