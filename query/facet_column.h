// A compact per-document facet column kept beside the Xapian database
// (<index>/ofsearch-facets.bin): for every document id, small integer codes for
// report, authority, region, grade, overall grade, type, year, outcome, lead inspector,
// and bit sets of themes and focus areas.
// Counting facets over a million matches then costs one array lookup per match
// instead of reading seven value streams. The column is a cache derived from the
// index's value slots: opened against a database, it extends itself with the
// documents added since it was written (ids only grow: IndexWriter never reuses
// one) and is rebuilt when the database is a different one (e.g. compacted).
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace ofsearch {

enum FacetField : std::uint8_t {
  kFacetReport,
  kFacetAuthority,
  kFacetRegion,
  kFacetGrade,
  kFacetOverall,
  kFacetType,
  kFacetYear,
  kFacetTheme,
  kFacetFocusArea,
  kFacetOutcome,
  kFacetInspector,
  kFacetFieldCount
};

// The user-facing name of each field ("authority", "theme" ...).
const char* facet_field_name(FacetField field);

struct FacetRecord {
  std::uint32_t report = 0;  // code 0 = none, for every field
  std::uint16_t authority = 0;
  std::uint8_t region = 0, grade = 0, overall = 0, type = 0, year = 0, outcome = 0;
  std::uint16_t inspector = 0;    // the report's lead inspector
  std::uint32_t focus_areas = 0;  // bit (code - 1) for each focus area of the report
  std::uint64_t themes = 0;       // bit (code - 1) for each theme

  // The code of a single-valued field (0 for themes and focus areas: those are bit sets).
  std::uint32_t code(FacetField field) const {
    switch (field) {
      case kFacetReport:
        return report;
      case kFacetAuthority:
        return authority;
      case kFacetRegion:
        return region;
      case kFacetGrade:
        return grade;
      case kFacetOverall:
        return overall;
      case kFacetType:
        return type;
      case kFacetYear:
        return year;
      case kFacetOutcome:
        return outcome;
      case kFacetInspector:
        return inspector;
      default:
        return 0;
    }
  }
};

class FacetColumn {
 public:
  // Loads the column for `db` (stored at `dir`), bringing it up to date; saves it
  // back when it changed and the folder is writable. When `dir` is a stub file or
  // several indexes (index/database_set.h) the column is built in memory, not saved.
  static FacetColumn open(const std::filesystem::path& dir, const Xapian::Database& db);

  const FacetRecord& record(Xapian::docid id) const {
    return records_[id < records_.size() ? id : 0];
  }
  // The record of a document a match spy is given. Xapian 1.4 gives a document of a
  // combined database its shard's own docid, so over several shards the shard is found
  // from the document's report id (each report is wholly in one shard) and the id mapped
  // to the combined one: (local - 1) * shards + shard + 1.
  const FacetRecord& record(const Xapian::Document& doc) const {
    return shards_ <= 1 ? record(doc.get_docid()) : combined_record(doc);
  }
  const std::string& value(FacetField field, std::size_t code) const {
    return dictionary_[field][code];
  }
  std::size_t codes(FacetField field) const { return dictionary_[field].size(); }

 private:
  bool load(const std::filesystem::path& file);
  void save(const std::filesystem::path& file) const;
  void extend(const Xapian::Database& db);
  void map_reports_to_shards(const Xapian::Database& db);
  const FacetRecord& combined_record(const Xapian::Document& doc) const;

  std::string uuid_;
  Xapian::docid last_docid_ = 0;
  std::vector<FacetRecord> records_{1};  // index = document id; [0] is "no document"
  std::array<std::vector<std::string>, kFacetFieldCount> dictionary_;
  std::size_t shards_ = 1;
  std::unordered_map<std::string, std::uint32_t> shard_of_report_;  // several shards only
};

}  // namespace ofsearch
