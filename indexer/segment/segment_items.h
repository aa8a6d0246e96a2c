// The flat item stream the paragraph segmenter's first pass (SegmentScanner) reads
// out of report text, before section paths, grades and boilerplate tails are set.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "indexer/segment/boilerplate_kind.h"
#include "reference/grade_scale.h"
#include "schema/report.h"

namespace ofsearch {

struct SegItem {
  enum class Kind { paragraph, heading, grade };
  // How a heading was recognised; the section pass infers levels from it.
  enum class Style { plain, markdown, bold, numbered, caps, short_line, graded_area, title, cue };
  Kind kind = Kind::paragraph;
  Style style = Style::plain;
  std::string text;
  std::optional<std::string> number;  // printed paragraph number
  std::optional<Grade> grade;         // a heading's or grade line's grade
  int level = 0;                      // markdown level or section-number depth; 0: infer
  bool boilerplate = false;
  BoilerplateKind boilerplate_kind = BoilerplateKind::none;
  bool transparent = false;  // page furniture a paragraph may continue across
  bool key = false;          // heading of a grade-key page ("what the judgements mean")
  bool list_item = false;    // opened by a bullet or a printed number
  int page = 1;              // page of the line it starts on (1 + form feeds before it)
};

struct ScanResult {
  std::vector<SegItem> items;
  std::vector<Judgement> table_judgements;     // every judgement table, in text order
  std::vector<std::string> table_parts;        // part rows of those tables
  std::optional<Judgement> overall_statement;  // "Children's services in X are good"
};

}  // namespace ofsearch
