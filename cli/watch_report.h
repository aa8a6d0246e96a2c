// What `ofsearch index` says about saved searches (issue 14 item 4): after a run has
// added or changed reports, each saved search each of them matches, with the matching
// paragraph ids, as text lines or as JSON for scripts (`index --format json`).
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ofsearch::cli {

// Runs every saved search of the index against the reports (query/watch_matcher.h):
// one object per matching (search, report) pair: {"watch","query","report_id","title",
// "authority","date","paragraphs":[ids]}, reports in the order given. Empty when the
// index has no saved searches or nothing matched.
nlohmann::json watch_matches(const std::filesystem::path& index,
                             const std::vector<std::string>& report_ids);

// One line per match: "saved search 'NAME' matches REPORT_ID (AUTHORITY, DATE): N
// paragraphs: ID ID ...".
void print_watch_matches(std::ostream& out, const nlohmann::json& matches);

}  // namespace ofsearch::cli
