#include "bench/facet_column_proto.h"

#include <unordered_map>

#include "schema/schema.h"

namespace ofsearch::bench {
namespace {

constexpr Xapian::valueno kSlots[ProtoFacetColumn::kFields] = {
    schema::kSlotAuthority, schema::kSlotRegion,     schema::kSlotGrade,
    schema::kSlotOverall,   schema::kSlotReportType, schema::kSlotYear};

class ColumnSpy : public Xapian::MatchSpy {
 public:
  ColumnSpy(const std::array<std::vector<std::uint16_t>, ProtoFacetColumn::kFields>& codes,
            const std::vector<std::uint32_t>& report, const std::vector<std::uint64_t>& themes,
            ProtoFacetColumn::Counts& counts, std::vector<std::uint8_t>& seen)
      : codes_(codes), report_(report), themes_(themes), counts_(counts), seen_(seen) {}
  void operator()(const Xapian::Document& doc, double) override {
    Xapian::docid id = doc.get_docid();
    if (id >= report_.size()) return;
    ++counts_.matches;
    for (int f = 0; f < ProtoFacetColumn::kFields; ++f) ++counts_.fields[f][codes_[f][id]];
    for (std::uint64_t bits = themes_[id]; bits; bits &= bits - 1) {
      ++counts_.themes[__builtin_ctzll(bits)];
    }
    std::uint8_t& s = seen_[report_[id]];
    counts_.reports += !s;
    s = 1;
  }

 private:
  const std::array<std::vector<std::uint16_t>, ProtoFacetColumn::kFields>& codes_;
  const std::vector<std::uint32_t>& report_;
  const std::vector<std::uint64_t>& themes_;
  ProtoFacetColumn::Counts& counts_;
  std::vector<std::uint8_t>& seen_;
};

}  // namespace

const char* ProtoFacetColumn::field_name(int field) {
  static const char* const kNames[] = {"authority", "region", "grade", "overall", "type", "year"};
  return kNames[field];
}

ProtoFacetColumn::ProtoFacetColumn(const Xapian::Database& db) {
  std::size_t size = db.get_lastdocid() + 1;
  for (int f = 0; f < kFields; ++f) {
    codes_[f].assign(size, 0);
    values_[f] = {""};
    std::unordered_map<std::string, std::uint16_t> code;
    for (auto it = db.valuestream_begin(kSlots[f]); it != db.valuestream_end(kSlots[f]); ++it) {
      auto [pos, fresh] = code.emplace(*it, static_cast<std::uint16_t>(values_[f].size()));
      if (fresh) values_[f].push_back(*it);
      codes_[f][it.get_docid()] = pos->second;
    }
  }
  report_.assign(size, 0);
  std::unordered_map<std::string, std::uint32_t> reports;
  for (auto it = db.valuestream_begin(schema::kSlotReportId);
       it != db.valuestream_end(schema::kSlotReportId); ++it) {
    auto [pos, fresh] = reports.emplace(*it, static_cast<std::uint32_t>(report_codes_));
    report_codes_ += fresh;
    report_[it.get_docid()] = pos->second;
  }
  themes_.assign(size, 0);
  std::unordered_map<std::string, int> theme_code;
  for (auto it = db.valuestream_begin(schema::kSlotThemes);
       it != db.valuestream_end(schema::kSlotThemes); ++it) {
    std::string v = *it;
    std::uint64_t bits = 0;
    for (std::size_t start = 0; start < v.size();) {
      std::size_t end = std::min(v.find('\n', start), v.size());
      auto [pos, fresh] = theme_code.emplace(v.substr(start, end - start), theme_values_.size());
      if (fresh) theme_values_.push_back(pos->first);
      if (pos->second < 64) bits |= std::uint64_t{1} << pos->second;
      start = end + 1;
    }
    themes_[it.get_docid()] = bits;
  }
}

ProtoFacetColumn::Counts ProtoFacetColumn::count(const Xapian::Database& db,
                                                 const Xapian::Query& query) const {
  Counts counts;
  for (int f = 0; f < kFields; ++f) counts.fields[f].assign(values_[f].size(), 0);
  counts.themes.assign(64, 0);
  std::vector<std::uint8_t> seen(report_codes_, 0);
  ColumnSpy spy(codes_, report_, themes_, counts, seen);
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
  return counts;
}

Facets ProtoFacetColumn::facets(const Counts& counts) const {
  Facets out;
  for (int f = 0; f < kFields; ++f) {
    for (std::size_t code = 1; code < counts.fields[f].size(); ++code) {
      if (counts.fields[f][code]) out[field_name(f)][values_[f][code]] = counts.fields[f][code];
    }
  }
  for (std::size_t t = 0; t < theme_values_.size() && t < 64; ++t) {
    if (counts.themes[t]) out["theme"][theme_values_[t]] = counts.themes[t];
  }
  return out;
}

std::size_t ProtoFacetColumn::bytes() const {
  return report_.size() *
         (kFields * sizeof(std::uint16_t) + sizeof(std::uint32_t) + sizeof(std::uint64_t));
}

}  // namespace ofsearch::bench
