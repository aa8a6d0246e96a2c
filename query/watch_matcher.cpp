#include "query/watch_matcher.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "index/report_catalog.h"
#include "query/query_builder.h"
#include "query/request_params.h"
#include "reference/date_extractor.h"
#include "reference/reference_data.h"
#include "schema/schema.h"

namespace ofsearch {

SearchRequest watch_request(const SavedSearch& search) {
  RequestParams params(search.params.begin(), search.params.end());
  params.emplace_back("q", search.query);
  return request_from_params(params, true);
}

void check_watch(const Xapian::Database& db, const SavedSearch& search) {
  check_saved_search_name(search.name);
  if (search.query.find_first_not_of(" \t\r\n") == std::string::npos)
    throw SavedSearchError("saved search '" + search.name +
                           "': give a query (a saved search watches for words)");
  QueryBuilder(db, reference_data()).build(watch_request(search));
}

std::vector<WatchMatch> match_reports(const Xapian::Database& db,
                                      const std::vector<SavedSearch>& searches,
                                      const std::vector<std::string>& report_ids) {
  struct Built {
    const SavedSearch* search;
    Xapian::Query query;
  };
  std::vector<Built> built;
  QueryBuilder builder(db, reference_data());
  for (const auto& search : searches) {
    try {
      built.push_back({&search, builder.build(watch_request(search)).query});
    } catch (const std::exception&) {
      // A saved search that no longer reads against this index matches nothing.
    }
  }
  std::vector<WatchMatch> out;
  for (const auto& report_id : report_ids) {
    Xapian::Query in_report(std::string(schema::kReport) + report_id);
    for (const auto& b : built) {
      Xapian::Enquire enquire(db);
      enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, b.query, in_report));
      enquire.set_weighting_scheme(Xapian::BoolWeight());
      Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
      std::vector<std::pair<int, std::string>> found;
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        auto record = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
        if (!record.is_object()) continue;
        found.emplace_back(record.value("paragraph", 0), record.value("id", ""));
      }
      if (found.empty()) continue;
      std::sort(found.begin(), found.end());
      WatchMatch match{b.search->name, b.search->query, report_id, {}};
      for (auto& [ordinal, id] : found) match.paragraph_ids.push_back(std::move(id));
      out.push_back(std::move(match));
    }
  }
  return out;
}

nlohmann::json new_report_matches(const Xapian::Database& db,
                                  const std::vector<std::string>& report_ids) {
  nlohmann::json out = nlohmann::json::array();
  if (report_ids.empty()) return out;
  std::vector<SavedSearch> searches = saved_searches(db);
  if (searches.empty()) return out;
  for (const auto& match : match_reports(db, searches, report_ids)) {
    nlohmann::json record = stored_report(db, match.report_id);
    auto field = [&](const char* key) {
      return record.is_object() && record.contains(key) ? record[key] : nlohmann::json(nullptr);
    };
    out.push_back({{"watch", match.watch},
                   {"query", match.query},
                   {"report_id", match.report_id},
                   {"title", field("title")},
                   {"authority", field("authority")},
                   {"date", field("date")},
                   {"paragraphs", match.paragraph_ids}});
  }
  return out;
}

std::string next_day(const std::string& iso) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      !is_valid_date(y, m, d))
    throw std::invalid_argument("not a YYYY-MM-DD date: '" + iso + "'");
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d + 1;
  tm.tm_hour = 12;
  std::time_t t = timegm(&tm);  // normalises the day after the month's last
  std::tm next{};
  gmtime_r(&t, &next);
  char out[48];  // room for any int, so no truncation warning
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", next.tm_year + 1900, next.tm_mon + 1,
                next.tm_mday);
  return out;
}

SearchRequest watch_since_request(const SavedSearch& search, const std::string& since_iso) {
  SearchRequest request = watch_request(search);
  request.sort = SortOrder::kDateDescending;
  if (!since_iso.empty()) {
    std::string after = next_day(since_iso);
    std::optional<std::string> own = request.from ? parse_date(*request.from) : std::nullopt;
    request.from = own && *own > after ? *own : after;
  }
  return request;
}

}  // namespace ofsearch
