#include "cli/watch_report.h"

#include "index/report_catalog.h"
#include "index/saved_searches.h"
#include "query/watch_matcher.h"

namespace ofsearch::cli {

nlohmann::json watch_matches(const std::filesystem::path& index,
                             const std::vector<std::string>& report_ids) {
  nlohmann::json out = nlohmann::json::array();
  if (report_ids.empty()) return out;
  Xapian::Database db = open_index(index);
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

void print_watch_matches(std::ostream& out, const nlohmann::json& matches) {
  for (const auto& m : matches) {
    auto text = [&](const char* key) {
      return m[key].is_string() ? m[key].get<std::string>() : std::string("?");
    };
    out << "saved search '" << text("watch") << "' matches " << text("report_id") << " ("
        << text("authority") << ", " << text("date") << "): " << m["paragraphs"].size()
        << (m["paragraphs"].size() == 1 ? " paragraph:" : " paragraphs:");
    for (const auto& id : m["paragraphs"]) out << " " << id.get<std::string>();
    out << "\n";
  }
}

}  // namespace ofsearch::cli
