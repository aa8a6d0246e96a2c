// Splits a report's clean text into paragraph documents with their section path,
// printed number, section grade, overall grade of their part, and boilerplate
// flag; repairs paragraphs broken at page ends; reads judgement tables.
// Works on markdown-ish text (one paragraph per line) and hard-wrapped PDF text
// alike, in time linear in the text. Phrase lists live in corpus/boilerplate.tsv
// and corpus/segmenter_cues.tsv.
#pragma once

#include <string_view>
#include <vector>

#include "indexer/segment/segmenter_cues.h"
#include "reference/grade_scale.h"
#include "schema/report.h"

namespace ofsearch {

struct SegmentedText {
  // Ordinal set, themes left empty; page counted from form feeds (1 when there are none).
  std::vector<Paragraph> paragraphs;
  std::vector<Judgement> judgements;  // the report's judgement table / graded sections
  std::vector<std::string> headings;  // every heading in text order (title, type cues)
};

class ParagraphSegmenter {
 public:
  // Uses the cue files of the default data folder (SegmenterCues::defaults()).
  explicit ParagraphSegmenter(const GradeScale& grades);
  ParagraphSegmenter(const GradeScale& grades, const SegmenterCues& cues)
      : grades_(grades), cues_(cues) {}
  SegmentedText segment(std::string_view text) const;

 private:
  const GradeScale& grades_;
  const SegmenterCues& cues_;
};

}  // namespace ofsearch
