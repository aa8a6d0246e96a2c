// Checks that the engines found the same number of matches for each query and
// explains each difference (synonym expansion, stemmer, phrase and prefix rules).
#pragma once

#include <functional>
#include <vector>

#include "bench/query_mix.h"
#include "bench/results.h"

namespace ofsearch::bench {

// `exact_total(q)`: ofsearch's total for q without synonym expansion (to tell
// synonym differences from stemming ones); may be empty for raw comparisons.
std::vector<Mismatch> compare_totals(
    const std::vector<BenchQuery>& mix, const std::vector<Answer>& ofsearch,
    const std::vector<Answer>& other, const std::string& engine,
    const std::function<std::size_t(const BenchQuery&)>& exact_total);

// Mean share of top-10 ids two engines have in common (ranking agreement), per class.
std::map<std::string, double> top10_overlap(const std::vector<BenchQuery>& mix,
                                            const std::vector<Answer>& a,
                                            const std::vector<Answer>& b);

}  // namespace ofsearch::bench
