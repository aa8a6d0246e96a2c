// Second pass of the paragraph segmenter: turns the flat heading stream into a
// section path for every paragraph and gives each section its grade. Markdown
// levels are used as printed; otherwise a report part (a heading directly over
// "Overall effectiveness") is the top, a heading directly over another heading
// groups what follows, and other headings are siblings at the innermost level.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "indexer/segment/segment_items.h"
#include "indexer/segment/segmenter_cues.h"
#include "schema/report.h"

namespace ofsearch {

struct SectionedItem {
  std::vector<std::string> path;  // heading texts, outermost first
  std::optional<Grade> grade;     // innermost graded section on the path
  std::string part;               // the report part the item sits in, "" when none
};

struct Sections {
  std::vector<SectionedItem> items;  // parallel to the scanned items
  std::vector<Judgement> graded;     // every graded heading (area, grade, part)
};

Sections assign_sections(const std::vector<SegItem>& items, const SegmenterCues& cues,
                         const std::vector<std::string>& table_parts);

}  // namespace ofsearch
