// Reads back what was indexed: the report records (for `reports`) and a report's
// paragraphs in order (for `show`).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

namespace ofsearch {

// There is no index at the path (or it is not a Xapian database).
class IndexNotFoundError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Opens the index read-only: a folder, a stub file or several (index/database_set.h);
// IndexNotFoundError names the folder or stub when absent.
Xapian::Database open_index(const std::filesystem::path& dir);

// Every report record, ordered by report id, read from every shard of `db`.
std::vector<nlohmann::json> list_reports(const Xapian::Database& db);

// One report's record; null when the report is unknown (or removed).
nlohmann::json stored_report(const Xapian::Database& db, const std::string& report_id);

// The report's paragraph records in ordinal order; empty when unknown.
std::vector<nlohmann::json> report_paragraphs(const Xapian::Database& db,
                                              const std::string& report_id);

}  // namespace ofsearch
