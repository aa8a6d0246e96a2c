#include "query/facet_column.h"

#include <unistd.h>

#include <cstring>
#include <fstream>
#include <functional>
#include <thread>
#include <unordered_map>

#include "index/database_set.h"
#include "schema/fields.h"
#include "schema/schema.h"

namespace ofsearch {
namespace {

// 02: focus areas added; 03: outcome, 32 focus areas, lead inspector (04: the three
// together). A column of another version is rebuilt from the values.
constexpr char kMagic[8] = {'O', 'F', 'S', 'F', 'C', 'T', '0', '4'};
constexpr char kFileName[] = "ofsearch-facets.bin";

// The registry row (schema/fields.h) each column holds; the report id column is the
// column's own (for --per-report and grouping), not a user field.
const FieldSpec* spec_of(FacetField field) {
  static const Field kFieldOf[kFacetFieldCount] = {Field::kAuthority /* unused: report */,
                                                   Field::kAuthority,
                                                   Field::kRegion,
                                                   Field::kGrade,
                                                   Field::kOverall,
                                                   Field::kType,
                                                   Field::kYear,
                                                   Field::kTheme,
                                                   Field::kFocus,
                                                   Field::kOutcome,
                                                   Field::kInspector};
  return field == kFacetReport ? nullptr : &field_spec(kFieldOf[field]);
}

Xapian::valueno slot_of(FacetField field) {
  return field == kFacetReport ? schema::kSlotReportId : spec_of(field)->slot;
}

template <typename T>
void put(std::ostream& out, const T& v) {
  out.write(reinterpret_cast<const char*>(&v), sizeof v);
}

template <typename T>
bool get(std::istream& in, T& v) {
  return static_cast<bool>(in.read(reinterpret_cast<char*>(&v), sizeof v));
}

void set_code(FacetRecord& r, FacetField field, std::uint32_t code) {
  switch (field) {
    case kFacetReport:
      r.report = code;
      break;
    case kFacetAuthority:
      r.authority = static_cast<std::uint16_t>(code);
      break;
    case kFacetRegion:
      r.region = static_cast<std::uint8_t>(code);
      break;
    case kFacetGrade:
      r.grade = static_cast<std::uint8_t>(code);
      break;
    case kFacetOverall:
      r.overall = static_cast<std::uint8_t>(code);
      break;
    case kFacetType:
      r.type = static_cast<std::uint8_t>(code);
      break;
    case kFacetYear:
      r.year = static_cast<std::uint8_t>(code);
      break;
    case kFacetOutcome:
      r.outcome = static_cast<std::uint8_t>(code);
      break;
    case kFacetInspector:
      r.inspector = static_cast<std::uint16_t>(code);
      break;
    default:
      break;
  }
}

std::uint32_t max_code(FacetField field) {
  switch (field) {
    case kFacetReport:
      return UINT32_MAX;
    case kFacetAuthority:
    case kFacetInspector:
      return UINT16_MAX;
    case kFacetTheme:
      return 64;
    case kFacetFocusArea:
      return 32;
    default:
      return UINT8_MAX;
  }
}

}  // namespace

const char* facet_field_name(FacetField field) {
  return field == kFacetReport ? "report" : spec_of(field)->name;
}

FacetColumn FacetColumn::open(const std::filesystem::path& dir, const Xapian::Database& db) {
  FacetColumn column;
  if (!is_single_folder(dir)) {
    // A stub or several shards: the combined docids interleave the shards' ids, so the
    // column is built in memory from the combined value streams (exact, never saved).
    column.uuid_ = db.get_uuid();
    column.extend(db);
    column.map_reports_to_shards(db);
    return column;
  }
  const auto file = dir / kFileName;
  bool loaded = column.load(file);
  // A column newer than our snapshot is fine: ids are never reused, so the
  // records of documents we cannot see are simply never looked up.
  if (loaded && column.uuid_ == db.get_uuid() && column.last_docid_ >= db.get_lastdocid()) {
    return column;
  }
  if (!loaded || column.uuid_ != db.get_uuid()) {
    column = FacetColumn();  // another database (rebuilt or compacted): start again
    column.uuid_ = db.get_uuid();
  }
  column.extend(db);
  column.save(file);
  return column;
}

void FacetColumn::map_reports_to_shards(const Xapian::Database& db) {
  shards_ = db.size();
  std::vector<std::int64_t> shard_of_code(dictionary_[kFacetReport].size(), -1);
  for (Xapian::docid id = 1; id < records_.size(); ++id) {
    const std::uint32_t code = records_[id].report;
    if (code == 0) continue;
    const std::int64_t shard = (id - 1) % shards_;
    if (shard_of_code[code] >= 0 && shard_of_code[code] != shard) {
      throw std::runtime_error("report " + dictionary_[kFacetReport][code] +
                               " is in two shards: each report must be wholly in one");
    }
    shard_of_code[code] = shard;
  }
  for (std::size_t code = 1; code < shard_of_code.size(); ++code) {
    if (shard_of_code[code] >= 0) {
      shard_of_report_[dictionary_[kFacetReport][code]] =
          static_cast<std::uint32_t>(shard_of_code[code]);
    }
  }
}

const FacetRecord& FacetColumn::combined_record(const Xapian::Document& doc) const {
  auto it = shard_of_report_.find(doc.get_value(slot_of(kFacetReport)));
  if (it == shard_of_report_.end()) return records_[0];
  const std::size_t id = (std::size_t{doc.get_docid()} - 1) * shards_ + it->second + 1;
  return records_[id < records_.size() ? id : 0];
}

void FacetColumn::extend(const Xapian::Database& db) {
  for (auto& dict : dictionary_) {
    if (dict.empty()) dict.push_back("");  // code 0 = none
  }
  Xapian::docid from = last_docid_ + 1;
  last_docid_ = db.get_lastdocid();
  records_.resize(last_docid_ + 1);
  for (int f = 0; f < kFacetFieldCount; ++f) {
    FacetField field = static_cast<FacetField>(f);
    std::unordered_map<std::string, std::uint32_t> known;
    for (std::size_t i = 1; i < dictionary_[field].size(); ++i) known[dictionary_[field][i]] = i;
    auto code = [&](const std::string& value) {
      auto it = known.find(value);
      if (it != known.end()) return it->second;
      if (dictionary_[field].size() > max_code(field)) {
        throw std::runtime_error(std::string("too many distinct values for facet ") +
                                 facet_field_name(field));
      }
      dictionary_[field].push_back(value);
      return known[value] = static_cast<std::uint32_t>(dictionary_[field].size() - 1);
    };
    const Xapian::valueno slot = slot_of(field);
    const bool multi = spec_of(field) && spec_of(field)->multi;
    auto it = db.valuestream_begin(slot);
    if (it == db.valuestream_end(slot)) continue;
    it.skip_to(from);
    for (; it != db.valuestream_end(slot); ++it) {
      FacetRecord& r = records_[it.get_docid()];
      const std::string value = *it;
      if (!multi) {
        set_code(r, field, code(value));
        continue;
      }
      for (std::size_t start = 0; start < value.size();) {
        std::size_t end = value.find('\n', start);
        if (end == std::string::npos) end = value.size();
        std::uint32_t bit = code(value.substr(start, end - start)) - 1;
        if (field == kFacetTheme) {
          r.themes |= std::uint64_t{1} << bit;
        } else {
          r.focus_areas |= std::uint32_t{1} << bit;
        }
        start = end + 1;
      }
    }
  }
}

bool FacetColumn::load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  char magic[8];
  if (!in.read(magic, 8) || std::memcmp(magic, kMagic, 8) != 0) return false;
  std::uint32_t uuid_size = 0, last = 0;
  if (!get(in, uuid_size) || uuid_size > 256) return false;
  uuid_.resize(uuid_size);
  if (!in.read(uuid_.data(), uuid_size) || !get(in, last)) return false;
  for (auto& dict : dictionary_) {
    std::uint32_t count = 0;
    if (!get(in, count)) return false;
    dict.resize(count);
    for (auto& value : dict) {
      std::uint32_t size = 0;
      if (!get(in, size) || size > 4096) return false;
      value.resize(size);
      if (!in.read(value.data(), size)) return false;
    }
  }
  records_.resize(std::size_t{last} + 1);
  if (!in.read(reinterpret_cast<char*>(records_.data()), records_.size() * sizeof(FacetRecord))) {
    return false;
  }
  last_docid_ = last;
  return true;
}

void FacetColumn::save(const std::filesystem::path& file) const {
  // Written aside and renamed, so a reader never sees half a column; the aside name is
  // the thread's own, as a server's threads may each bring the column up to date at once.
  auto temp = file;
  temp += ".tmp" + std::to_string(::getpid()) + "-" +
          std::to_string(std::hash<std::thread::id>()(std::this_thread::get_id()));
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return;  // a read-only index folder: keep the column in memory only
    out.write(kMagic, 8);
    put(out, static_cast<std::uint32_t>(uuid_.size()));
    out.write(uuid_.data(), uuid_.size());
    put(out, static_cast<std::uint32_t>(last_docid_));
    for (const auto& dict : dictionary_) {
      put(out, static_cast<std::uint32_t>(dict.size()));
      for (const auto& value : dict) {
        put(out, static_cast<std::uint32_t>(value.size()));
        out.write(value.data(), value.size());
      }
    }
    out.write(reinterpret_cast<const char*>(records_.data()),
              records_.size() * sizeof(FacetRecord));
    if (!out) {
      std::filesystem::remove(temp);
      return;
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, file, ec);
  if (ec) std::filesystem::remove(temp, ec);
}

}  // namespace ofsearch
