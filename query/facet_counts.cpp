#include "query/facet_counts.h"

#include "schema/schema.h"

namespace ofsearch {
namespace {

struct FacetSlot {
  const char* field;
  Xapian::valueno slot;
};

constexpr FacetSlot kSingleValued[] = {
    {"authority", schema::kSlotAuthority}, {"region", schema::kSlotRegion},
    {"grade", schema::kSlotGrade},         {"overall", schema::kSlotOverall},
    {"type", schema::kSlotReportType},     {"year", schema::kSlotYear},
};

}  // namespace

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  ++seen_;
  for (const auto& facet : kSingleValued) {
    std::string value = doc.get_value(facet.slot);
    if (!value.empty()) ++counts_[facet.field][value];
  }
  std::string themes = doc.get_value(schema::kSlotThemes);
  std::size_t start = 0;
  while (start < themes.size()) {
    std::size_t end = themes.find('\n', start);
    if (end == std::string::npos) end = themes.size();
    ++counts_["theme"][themes.substr(start, end - start)];
    start = end + 1;
  }
}

}  // namespace ofsearch
