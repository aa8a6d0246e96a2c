// Exact facet counts over every document a query matches (not a sample, not the
// page): a Xapian MatchSpy that reads each match's facet values once. Multi-valued
// fields (themes) count a paragraph once per value.
#pragma once

#include <map>
#include <string>

#include <xapian.h>

namespace ofsearch {

// field -> value -> matching paragraphs. Fields: authority, region, grade,
// overall, theme, type, year.
using FacetCounts = std::map<std::string, std::map<std::string, Xapian::doccount>>;

class FacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  const FacetCounts& counts() const { return counts_; }
  Xapian::doccount seen() const { return seen_; }

 private:
  FacetCounts counts_;
  Xapian::doccount seen_ = 0;
};

}  // namespace ofsearch
