// The floor ofsearch is measured against: Xapian used directly, with no ofsearch
// layer. Searching runs on the ofsearch index itself (QueryParser configured once,
// Enquire, ValueCountMatchSpy for facets, MSet::snippet), answering the same
// BenchQuery classes; indexing writes the same terms and values with a bare
// TermGenerator (no JSON records, synonyms or spelling data) for comparison.
#pragma once

#include <filesystem>
#include <vector>

#include <xapian.h>

#include "bench/engine.h"
#include "schema/report.h"

namespace ofsearch::bench {

IndexStats build_xapian_raw(const std::filesystem::path& dir, const std::vector<Report>& reports);

class XapianRawEngine : public Engine {
 public:
  // mirror: do all Searcher does for every query (exact counts of all 7 facet
  // fields, snippets for every hit), so ofsearch/mirror is the layer's own overhead.
  explicit XapianRawEngine(std::filesystem::path dir, bool mirror = false);
  std::string name() const override { return mirror_ ? "xapian_mirror" : "xapian_raw"; }
  Answer run(const BenchQuery& query) override;
  void reopen() override;

  // The Xapian query for a BenchQuery, as this engine builds it.
  Xapian::Query query(const BenchQuery& q);

 private:
  std::filesystem::path dir_;
  Xapian::Database db_;
  Xapian::QueryParser parser_;
  Xapian::Stem stemmer_{"english"};
  bool mirror_ = false;
};

}  // namespace ofsearch::bench
