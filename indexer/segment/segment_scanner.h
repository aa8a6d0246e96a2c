// First pass of the paragraph segmenter: reads clean report text line by line into
// a flat stream of paragraphs (lines joined, bullets and printed numbers split off,
// fragments broken at page ends rejoined), headings, grade lines and judgement
// tables, flagging letterhead, sign-off, contents and page furniture on the way.
#pragma once

#include <string_view>

#include "indexer/segment/segment_items.h"
#include "indexer/segment/segmenter_cues.h"
#include "reference/grade_scale.h"

namespace ofsearch {

class SegmentScanner {
 public:
  SegmentScanner(const GradeScale& grades, const SegmenterCues& cues)
      : grades_(grades), cues_(cues) {}
  ScanResult scan(std::string_view text) const;

 private:
  const GradeScale& grades_;
  const SegmenterCues& cues_;
};

}  // namespace ofsearch
