// Splits a report's clean text into paragraph documents with their section path,
// printed number, section grade, overall grade of their part, and boilerplate
// flag; repairs paragraphs broken at page ends; reads judgement tables.
#pragma once

#include <string_view>
#include <vector>

#include "reference/grade_scale.h"
#include "schema/report.h"

namespace ofsearch {

struct SegmentedText {
  std::vector<Paragraph> paragraphs;  // ordinal set, themes left empty
  std::vector<Judgement> judgements;  // the report's judgement table / graded sections
  std::vector<std::string> headings;  // every heading in text order (title, type cues)
};

class ParagraphSegmenter {
 public:
  explicit ParagraphSegmenter(const GradeScale& grades) : grades_(grades) {}
  SegmentedText segment(std::string_view text) const;

 private:
  const GradeScale& grades_;
};

}  // namespace ofsearch
