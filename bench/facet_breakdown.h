// Where the time of an exact facet count goes, step by step, on the ofsearch index:
// matching with BM25 vs unweighted, Xapian's ValueCountMatchSpy, ofsearch's FacetSpy,
// and a prototype of the proposed fix: a compact per-document facet column (small
// integer codes in memory, indexed by docid) counted in an unweighted pass.
#pragma once

#include <filesystem>
#include <functional>
#include <vector>

#include <xapian.h>
#include "bench/query_mix.h"

#include "bench/results.h"

namespace ofsearch::bench {

// Mean milliseconds per facets-class query for each step, plus ns per match and the
// column's build time and size. `xapian_query` builds each query's Xapian form.
std::vector<NamedFigure> facet_breakdown(
    const std::filesystem::path& index, const std::vector<BenchQuery>& mix,
    const std::function<Xapian::Query(const BenchQuery&)>& xapian_query);

}  // namespace ofsearch::bench
