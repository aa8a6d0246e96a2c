#include "query/facet_counts.h"

namespace ofsearch {

FacetSpy::FacetSpy(const FacetColumn& column) : column_(column) {
  for (int f = 0; f < kFacetFieldCount; ++f) {
    counts_[f].assign(column.codes(static_cast<FacetField>(f)) + 1, 0);
  }
}

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  ++seen_;
  const FacetRecord& r = column_.record(doc);
  ++counts_[kFacetReport][r.report];
  ++counts_[kFacetAuthority][r.authority];
  ++counts_[kFacetRegion][r.region];
  ++counts_[kFacetGrade][r.grade];
  ++counts_[kFacetOverall][r.overall];
  ++counts_[kFacetType][r.type];
  ++counts_[kFacetYear][r.year];
  ++counts_[kFacetOutcome][r.outcome];
  ++counts_[kFacetInspector][r.inspector];
  for (std::uint64_t themes = r.themes; themes; themes &= themes - 1) {
    ++counts_[kFacetTheme][__builtin_ctzll(themes) + 1];
  }
  for (std::uint32_t areas = r.focus_areas; areas; areas &= areas - 1) {
    ++counts_[kFacetFocusArea][__builtin_ctz(areas) + 1];
  }
}

void FacetSpy::merge(const FacetSpy& other) {
  seen_ += other.seen_;
  for (int f = 0; f < kFacetFieldCount; ++f) {
    for (std::size_t code = 0; code < counts_[f].size(); ++code)
      counts_[f][code] += other.counts_[f][code];
  }
}

FacetCounts FacetSpy::counts() const {
  FacetCounts out;
  for (int f = kFacetAuthority; f < kFacetFieldCount; ++f) {
    auto field = static_cast<FacetField>(f);
    auto& values = out[facet_field_name(field)];
    for (std::size_t code = 1; code < counts_[f].size(); ++code) {  // 0 = no value
      if (counts_[f][code]) values[column_.value(field, code)] = counts_[f][code];
    }
  }
  return out;
}

Xapian::doccount FacetSpy::distinct_reports() const {
  Xapian::doccount n = 0;
  for (std::size_t code = 1; code < counts_[kFacetReport].size(); ++code) {
    if (counts_[kFacetReport][code]) ++n;
  }
  return n;
}

Xapian::doccount FacetSpy::count_of(FacetField field, const std::string& value) const {
  for (std::size_t code = value.empty() ? 0 : 1; code < counts_[field].size(); ++code) {
    if (column_.value(field, code) == value) return counts_[field][code];
  }
  return 0;
}

}  // namespace ofsearch
