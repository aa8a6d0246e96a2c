// Runs saved searches (index/saved_searches.h, issue 14 item 4): the search request a
// saved search stands for (read by query/request_params.h, so it means what
// `ofsearch search` with the same arguments means), the paragraphs of newly indexed
// reports each saved search matches (what `ofsearch index` prints), and the request
// for "what is new since DATE" (`watch run --since`, the Atom feed).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "index/saved_searches.h"
#include "query/search_request.h"

namespace ofsearch {

// The search the saved search stands for (relevance order, the default page). Throws
// RequestParamError for a stored parameter the request reader refuses.
SearchRequest watch_request(const SavedSearch& search);

// Checks a saved search before it is stored: its parameters read, its query is not
// empty and parses against the index (unknown field values, bad syntax). Throws
// SavedSearchError, RequestParamError, UnknownValueError or QuerySyntaxError.
void check_watch(const Xapian::Database& db, const SavedSearch& search);

struct WatchMatch {
  std::string watch;  // the saved search's name
  std::string query;  // its query string
  std::string report_id;
  std::vector<std::string> paragraph_ids;  // "REPORT_ID/N", in the report's order
};

// For each report (in the order given) and each saved search (by name): the report's
// paragraphs the search matches, exactly the hits `search` gives for them. Only
// pairs with a match are returned. A saved search that no longer reads (a value the
// index stopped knowing) is skipped.
std::vector<WatchMatch> match_reports(const Xapian::Database& db,
                                      const std::vector<SavedSearch>& searches,
                                      const std::vector<std::string>& report_ids);

// What `ofsearch index` (and an upload) reports: every saved search of the index run
// against the reports, one object per matching (search, report) pair: {"watch","query",
// "report_id","title","authority","date","paragraphs":[ids]}, reports in the order
// given. Empty when the index has no saved searches or nothing matched.
nlohmann::json new_report_matches(const Xapian::Database& db,
                                  const std::vector<std::string>& report_ids);

// `watch run NAME --since DATE`: the saved search's request, newest report first,
// limited to reports whose REPORT DATE is after `since` (an ISO date, "" for no
// bound; the saved search's own `from` still applies when later).
SearchRequest watch_since_request(const SavedSearch& search, const std::string& since_iso);

// The ISO date a day after `iso` ("2019-12-31" -> "2020-01-01"). Throws
// std::invalid_argument for anything but a real YYYY-MM-DD date.
std::string next_day(const std::string& iso);

}  // namespace ofsearch
