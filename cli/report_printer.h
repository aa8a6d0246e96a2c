// Text renderings of what was indexed: a report's recognised metadata (after
// `index`) and a report's paragraphs (for `show`).
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "schema/report.h"

namespace ofsearch::cli {

// report id, authority, type, date, inspection dates, judgements, paragraphs, themes.
void print_recognised(std::ostream& out, const Report& report);
void print_report_line(std::ostream& out, const nlohmann::json& record);
void print_paragraph(std::ostream& out, const nlohmann::json& paragraph);

}  // namespace ofsearch::cli
