#include "index/report_catalog.h"

#include <algorithm>

#include "schema/schema.h"

namespace ofsearch {

Xapian::Database open_index(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    throw IndexNotFoundError("no index at " + dir.string() + " (run 'ofsearch index' first)");
  }
  try {
    return Xapian::Database(dir.string());
  } catch (const Xapian::DatabaseOpeningError&) {
    throw IndexNotFoundError("no index at " + dir.string() + " (not an ofsearch index)");
  }
}

std::vector<nlohmann::json> list_reports(const Xapian::Database& db) {
  std::vector<nlohmann::json> reports;
  const std::string prefix = schema::kReportMetaPrefix;
  for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
    std::string record = db.get_metadata(*key);
    if (record.empty()) continue;
    auto json = nlohmann::json::parse(record, nullptr, false);
    if (!json.is_discarded()) reports.push_back(std::move(json));
  }
  return reports;  // metadata keys come sorted, so by report id
}

nlohmann::json stored_report(const Xapian::Database& db, const std::string& report_id) {
  std::string record = db.get_metadata(schema::kReportMetaPrefix + report_id);
  if (record.empty()) return nullptr;
  auto json = nlohmann::json::parse(record, nullptr, false);
  return json.is_discarded() ? nlohmann::json(nullptr) : json;
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
