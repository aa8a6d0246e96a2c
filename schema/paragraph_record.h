// JSON records stored in the index: the paragraph record (document data) and the
// report record (database metadata). One place converts model <-> JSON so the
// CLI's `reports`, `show` and `search` print the same keys.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "schema/report.h"

namespace ofsearch {

// The report's fields without its paragraphs: report_id, title, authority, la_code and
// ons_code (DfE and ONS codes, corpus/la_codes.tsv), region,
// report_type, date, inspection_start, inspection_end, judgements, focus,
// focus_themes, focus_areas, outcome, agencies, date_source, inspectors (lead first),
// warnings, paragraphs (count), source, content_hash.
// Missing values are null; lists are empty.
nlohmann::json report_record(const Report& report);

// A paragraph with the report fields a hit needs: id, report_id, paragraph
// (ordinal), number, page (PDF page it starts on, else null), section, authority, la_code,
// ons_code, region, date,
// report_type, focus_areas, outcome, inspectors, grade, overall_grade, themes, boilerplate,
// text.
nlohmann::json paragraph_record(const Report& report, const Paragraph& paragraph);

// The JSON text to store or print: any invalid UTF-8 that slipped through is
// replaced (U+FFFD) rather than making the whole record unwritable.
std::string json_text(const nlohmann::json& value, int indent = -1);

// "<report_id>/<ordinal>": the paragraph id users see and pass to `similar`.
std::string paragraph_id(const std::string& report_id, int ordinal);

}  // namespace ofsearch
