// Exact facet counts over every document a query matches (not a sample, not the
// page): a Xapian MatchSpy that looks each match up in the FacetColumn, during an
// unweighted counting pass. Multi-valued fields (themes, focus) count a paragraph once
// per value. Also counts matches per report (for --per-report and grouping).
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "query/facet_column.h"

namespace ofsearch {

// field -> value -> matching paragraphs. Fields: authority, region, grade,
// overall, theme, type, year, focus.
using FacetCounts = std::map<std::string, std::map<std::string, Xapian::doccount>>;

class FacetSpy : public Xapian::MatchSpy {
 public:
  explicit FacetSpy(const FacetColumn& column);
  void operator()(const Xapian::Document& doc, double weight) override;

  // Adds another spy's counts over the same column (a split count).
  void merge(const FacetSpy& other);
  const FacetColumn& column() const { return column_; }

  Xapian::doccount seen() const { return seen_; }
  FacetCounts counts() const;  // by value, without the report field
  Xapian::doccount distinct_reports() const;
  Xapian::doccount count_of(FacetField field, const std::string& value) const;

 private:
  const FacetColumn& column_;
  std::array<std::vector<Xapian::doccount>, kFacetFieldCount> counts_;
  Xapian::doccount seen_ = 0;
};

}  // namespace ofsearch
