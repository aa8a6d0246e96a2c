#include "bench/compare.h"

#include <algorithm>
#include <set>

namespace ofsearch::bench {
namespace {

bool has_apostrophe_or_hyphen(const BenchQuery& q) {
  return q.text.find('\'') != std::string::npos || q.text.find('-') != std::string::npos;
}

std::string reason_for(const BenchQuery& q, std::size_t ofsearch, std::size_t other,
                       std::size_t exact, const std::string& engine) {
  if (engine != "fts5") {
    if (q.per_report) {
      return "Xapian's collapsed count (MSet::get_matches_estimated with a collapse key) is an "
             "estimate even when every document is checked; ofsearch counts reports exactly";
    }
    if (!q.phrase.empty()) {
      return "word forms: ofsearch's phrase matches each word's forms in the index, the "
             "QueryParser's the words as written";
    }
    return "unexpected: both run Xapian on the same index (spelling correction or query "
           "parsing differs)";
  }
  if (exact == other && exact != ofsearch) {
    if (!q.phrase.empty())
      return "word forms: ofsearch's phrase also matches its words' other forms; with --exact "
             "both agree";
    return "synonym expansion: ofsearch also matches synonyms (stemming/synonyms.tsv); "
           "without it both agree";
  }
  std::string why;
  if (!q.phrase.empty()) {
    why =
        "phrase: ofsearch matches the forms sharing each word's Snowball stem, FTS5 its "
        "Porter stem";
  } else if (!q.prefix.empty()) {
    why = "prefix: ofsearch expands over unstemmed words, FTS5 over Porter stems";
  } else {
    why = "stemmer: Snowball english (ofsearch) vs Porter (FTS5)";
  }
  if (has_apostrophe_or_hyphen(q)) why += "; FTS5 splits words at apostrophes and hyphens";
  if (exact < ofsearch) why += "; synonyms add " + std::to_string(ofsearch - exact);
  if (other > ofsearch && q.phrase.empty() && q.prefix.empty())
    why += " (Porter conflates more forms here)";
  return why;
}

}  // namespace

std::vector<Mismatch> compare_totals(
    const std::vector<BenchQuery>& mix, const std::vector<Answer>& ofsearch,
    const std::vector<Answer>& other, const std::string& engine,
    const std::function<std::size_t(const BenchQuery&)>& exact_total) {
  std::vector<Mismatch> out;
  for (std::size_t i = 0; i < mix.size() && i < ofsearch.size() && i < other.size(); ++i) {
    const Answer &a = ofsearch[i], &b = other[i];
    // Per report, the question is how many reports match; elsewhere how many paragraphs.
    bool by_report = mix[i].per_report;
    std::size_t left = by_report ? a.reports : a.total, right = by_report ? b.reports : b.total;
    if (left == right) continue;
    std::size_t exact = exact_total && !by_report ? exact_total(mix[i]) : a.total;
    Mismatch m{mix[i].cls, mix[i].text, engine, left, right, ""};
    if (!mix[i].grade.empty() || !mix[i].type.empty() || !mix[i].from.empty() ||
        !mix[i].to.empty()) {
      m.query +=
          " [" + mix[i].grade + (mix[i].type.empty() ? "" : " " + mix[i].type) +
          (mix[i].from.empty() && mix[i].to.empty() ? "" : " " + mix[i].from + ".." + mix[i].to) +
          "]";
    }
    m.reason = reason_for(mix[i], left, right, exact, engine);
    if (by_report && engine == "fts5") m.reason = "distinct reports; " + m.reason;
    out.push_back(std::move(m));
  }
  return out;
}

std::map<std::string, double> top10_overlap(const std::vector<BenchQuery>& mix,
                                            const std::vector<Answer>& a,
                                            const std::vector<Answer>& b) {
  std::map<std::string, double> sum;
  std::map<std::string, int> n;
  for (std::size_t i = 0; i < mix.size() && i < a.size() && i < b.size(); ++i) {
    if (a[i].ids.empty() && b[i].ids.empty()) continue;
    std::set<std::string> left(a[i].ids.begin(), a[i].ids.end());
    std::size_t common = 0;
    for (const auto& id : b[i].ids) common += left.count(id);
    std::size_t size = std::max(a[i].ids.size(), b[i].ids.size());
    sum[mix[i].cls] += size ? static_cast<double>(common) / size : 1.0;
    ++n[mix[i].cls];
  }
  for (auto& [cls, s] : sum) s /= n[cls];
  return sum;
}

}  // namespace ofsearch::bench
