// The floor ofsearch is measured against: Xapian used directly, with no ofsearch
// layer. Searching runs on the ofsearch index itself (QueryParser configured once,
// Enquire, ValueCountMatchSpy for facets, MSet::snippet), answering the same
// BenchQuery classes; indexing writes the same free-text terms with a bare
// TermGenerator and every field's filter terms and values through the product's own
// write_fields (index/field_values.h), leaving out the JSON records, the synonym
// concept terms and stored synonyms, and the spelling data, for comparison.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include <xapian.h>

#include "bench/engines/engine.h"
#include "bench/facet_column_proto.h"
#include "schema/report.h"
#include "stemming/analyzer.h"

namespace ofsearch::bench {

IndexStats build_xapian_raw(const std::filesystem::path& dir, const std::vector<Report>& reports);

class XapianRawEngine : public Engine {
 public:
  // mirror: Searcher's algorithm in raw Xapian (a ranked page that may prune, then
  // an unweighted counting pass over an in-memory facet column for the exact total,
  // all facet fields and distinct reports; every hit's JSON record and snippet), so
  // ofsearch/mirror is the ofsearch layer's own overhead.
  explicit XapianRawEngine(std::filesystem::path dir, bool mirror = false);
  std::string name() const override { return mirror_ ? "xapian_mirror" : "xapian_raw"; }
  Answer run(const BenchQuery& query) override;
  void reopen() override;
  ~XapianRawEngine() override;

  // The Xapian query for a BenchQuery, as this engine builds it.
  Xapian::Query query(const BenchQuery& q);

 private:
  Answer run_mirror(const BenchQuery& q);

  std::filesystem::path dir_;
  Xapian::Database db_;
  Xapian::QueryParser parser_;
  // The index's stemmer (English with stemming/stem_exceptions.tsv): "timely" must parse to
  // the stem the paragraphs were written with, or the counts would differ from ofsearch's.
  Xapian::Stem stemmer_ = Analyzer().stemmer();
  bool mirror_ = false;
  std::unique_ptr<ProtoFacetColumn> column_;
};

}  // namespace ofsearch::bench
