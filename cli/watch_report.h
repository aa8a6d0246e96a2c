// What `ofsearch index` says about saved searches (issue 14 item 4): after a run has
// added or changed reports, each saved search each of them matches, with the matching
// paragraph ids (query/watch_matcher.h new_report_matches), as text lines; `index
// --format json` prints the same objects for scripts.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

namespace ofsearch::cli {

// One line per match: "saved search 'NAME' matches REPORT_ID (AUTHORITY, DATE): N
// paragraphs: ID ID ...".
void print_watch_matches(std::ostream& out, const nlohmann::json& matches);

}  // namespace ofsearch::cli
