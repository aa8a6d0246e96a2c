// A minimal facet column for raw-Xapian comparisons: per document id, a small code
// for each single-valued facet field and the report, and a bit set of themes, built
// in memory from the value streams when opened. Counting is an unweighted Xapian
// pass whose match spy only indexes arrays. This is the work ofsearch's own facet
// column (query/facet_column.h) does, without the ofsearch layer around it.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <xapian.h>

#include "bench/query_mix.h"

namespace ofsearch::bench {

class ProtoFacetColumn {
 public:
  // Fields, in the order of the value slots they come from.
  static constexpr int kFields = 6;  // authority, region, grade, overall, type, year
  static const char* field_name(int field);

  explicit ProtoFacetColumn(const Xapian::Database& db);

  struct Counts {
    std::size_t matches = 0;
    std::size_t reports = 0;  // distinct
    std::array<std::vector<std::uint32_t>, kFields> fields;
    std::vector<std::uint32_t> themes;
  };
  // Counts every document `query` matches, unweighted.
  Counts count(const Xapian::Database& db, const Xapian::Query& query) const;
  // Code counts as field -> value -> count (all fields, themes split).
  Facets facets(const Counts& counts) const;
  std::size_t bytes() const;

 private:
  std::array<std::vector<std::uint16_t>, kFields> codes_;
  std::array<std::vector<std::string>, kFields> values_;  // code -> value; [0] = none
  std::vector<std::uint32_t> report_;
  std::size_t report_codes_ = 1;
  std::vector<std::uint64_t> themes_;
  std::vector<std::string> theme_values_;
};

}  // namespace ofsearch::bench
