#include "index/report_catalog.h"

#include <algorithm>
#include <map>

#include "index/database_set.h"
#include "schema/schema.h"

namespace ofsearch {

Xapian::Database open_index(const std::filesystem::path& dir) {
  return open_database_set(dir);  // a folder, a stub file or several: IndexNotFoundError names it
}

std::vector<nlohmann::json> list_reports(const Xapian::Database& db) {
  std::map<std::string, nlohmann::json> by_key;  // by report id; a shard listed first wins
  const std::string prefix = schema::kReportMetaPrefix;
  for (const auto& shard : shards_of(db)) {  // a combined database reads only shard 1's metadata
    for (auto key = shard.metadata_keys_begin(prefix); key != shard.metadata_keys_end(prefix);
         ++key) {
      if (by_key.count(*key)) continue;
      std::string record = shard.get_metadata(*key);
      if (record.empty()) continue;
      auto json = nlohmann::json::parse(record, nullptr, false);
      if (!json.is_discarded()) by_key.emplace(*key, std::move(json));
    }
  }
  std::vector<nlohmann::json> reports;
  for (auto& [key, json] : by_key) reports.push_back(std::move(json));
  return reports;
}

nlohmann::json stored_report(const Xapian::Database& db, const std::string& report_id) {
  for (const auto& shard : shards_of(db)) {
    std::string record = shard.get_metadata(schema::kReportMetaPrefix + report_id);
    if (record.empty()) continue;
    auto json = nlohmann::json::parse(record, nullptr, false);
    return json.is_discarded() ? nlohmann::json(nullptr) : json;
  }
  return nullptr;
}

std::vector<nlohmann::json> report_paragraphs(const Xapian::Database& db,
                                              const std::string& report_id) {
  std::vector<std::pair<double, nlohmann::json>> ordered;
  if (report_id.empty()) return {};
  const std::string term = schema::kReport + report_id;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    Xapian::Document doc = db.get_document(*it);
    double ordinal = Xapian::sortable_unserialise(doc.get_value(schema::kSlotOrdinal));
    ordered.emplace_back(ordinal, nlohmann::json::parse(doc.get_data()));
  }
  std::sort(ordered.begin(), ordered.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<nlohmann::json> paragraphs;
  for (auto& [ordinal, json] : ordered) paragraphs.push_back(std::move(json));
  return paragraphs;
}

}  // namespace ofsearch
