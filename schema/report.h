// The data model of one indexed report: what the pipeline produces from a file
// (file -> text -> segmented paragraphs -> tagged Report) and what IndexWriter stores.
// Plain values only; every optional field is std::nullopt when the document does not say.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reference/grade_scale.h"

namespace ofsearch {

// One row of a report's judgement table ("Record of main findings", ILACS grade table).
struct Judgement {
  std::string area;  // as printed, e.g. "Overall effectiveness" or "Being healthy"
  Grade grade;
  std::string part;  // the part of the report it belongs to ("Safeguarding services"), may be empty
};

// One paragraph-level document.
struct Paragraph {
  int ordinal = 0;                     // 1-based position in the report
  std::optional<std::string> number;   // printed number ("84", "3.7", "ii") if any
  std::optional<int> page;             // 1-based PDF page it starts on; none for other sources
  std::vector<std::string> section;    // heading path, outermost first
  std::string text;                    // clean paragraph text (as displayed)
  std::optional<Grade> grade;          // judgement of the section it sits in
  std::optional<Grade> overall_grade;  // overall effectiveness of its part of the report
  std::vector<std::string> themes;     // theme ids from corpus/themes.tsv
  bool boilerplate = false;            // letterhead, sign-off, contents, copyright, web furniture
};

// Dates are ISO 8601 strings "YYYY-MM-DD".
struct Report {
  std::string report_id;  // stable id derived from the file name
  std::string source;     // path as given when indexed
  std::string title;
  std::optional<std::string> authority;  // canonical gazetteer name
  std::optional<std::string> region;
  std::string report_type = "other";  // see corpus/report_types.tsv
  std::optional<std::string> date;    // issue / publication / meeting date
  std::optional<std::string> inspection_start;
  std::optional<std::string> inspection_end;
  std::vector<Judgement> judgements;
  std::vector<std::string> focus_themes;  // a focused visit's declared focus
  std::optional<std::string> focus;       // the sentence stating that focus
  // ids from corpus/focus_areas.tsv named by the focus; a JTAI letter's theme from
  // corpus/jtai_themes.tsv
  std::vector<std::string> focus_areas;
  std::optional<std::string> outcome;  // an Area SEND inspection's (corpus/send_outcomes.tsv)
  std::vector<std::string>
      agencies;  // a joint inspection's inspectorates (corpus/inspectorates.tsv)
  // Where `date` comes from: "printed" (the report's own issue date), "last inspection
  // day" (a report that prints none is dated by its inspection's end) or "set when
  // indexed" (--date or a sidecar); empty when undated.
  std::string date_source;
  // The inspectors the report names, lead first (indexer/metadata/inspector_names.h).
  std::vector<std::string> inspectors;
  // Metadata that does not cross-check ("the letter is dated before its visit"): the
  // values are kept as printed, and these say what to doubt.
  std::vector<std::string> warnings;
  std::string content_hash;  // of the source bytes, to skip unchanged files
  std::vector<Paragraph> paragraphs;
};

}  // namespace ofsearch
