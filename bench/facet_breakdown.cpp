#include "bench/facet_breakdown.h"

#include <chrono>
#include <functional>
#include <map>
#include <unordered_map>

#include <xapian.h>

#include "bench/facet_column_proto.h"
#include "bench/stopwatch.h"
#include "query/facet_column.h"
#include "query/facet_counts.h"
#include "schema/schema.h"

namespace ofsearch::bench {
namespace {

// ofsearch's FacetSpy as first committed (f95c9b9): seven value reads and two
// string-keyed map look-ups per match; kept here so the step stays comparable.
class MapFacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    static const std::pair<const char*, Xapian::valueno> kSlots[] = {
        {"authority", schema::kSlotAuthority}, {"region", schema::kSlotRegion},
        {"grade", schema::kSlotGrade},         {"overall", schema::kSlotOverall},
        {"type", schema::kSlotReportType},     {"year", schema::kSlotYear}};
    for (const auto& [field, slot] : kSlots) {
      std::string value = doc.get_value(slot);
      if (!value.empty()) ++counts_[field][value];
    }
    std::string themes = doc.get_value(schema::kSlotThemes);
    for (std::size_t start = 0; start < themes.size();) {
      std::size_t end = std::min(themes.find('\n', start), themes.size());
      ++counts_["theme"][themes.substr(start, end - start)];
      start = end + 1;
    }
  }

 private:
  std::map<std::string, std::map<std::string, Xapian::doccount>> counts_;
};

}  // namespace

std::vector<NamedFigure> facet_breakdown(
    const std::filesystem::path& index, const std::vector<BenchQuery>& mix,
    const std::function<Xapian::Query(const BenchQuery&)>& xapian_query) {
  Xapian::Database db(index.string());
  std::vector<Xapian::Query> queries;
  for (const auto& q : mix) {
    if (q.cls == "facets") queries.push_back(xapian_query(q));
  }
  Stopwatch t0;
  ProtoFacetColumn column(db);
  double build_ms = t0.milliseconds();

  std::size_t matches = 0;
  auto mean_ms = [&](const std::function<std::size_t(const Xapian::Query&)>& step) {
    for (const auto& q : queries) step(q);  // warm
    matches = 0;
    Stopwatch t;
    for (const auto& q : queries) matches += step(q);
    return t.milliseconds() / queries.size();
  };
  auto plain = [&](bool bm25, std::vector<Xapian::MatchSpy*> spies) {
    return [&db, bm25, spies](const Xapian::Query& q) {
      Xapian::Enquire enquire(db);
      enquire.set_query(q);
      if (!bm25) enquire.set_weighting_scheme(Xapian::BoolWeight());
      for (auto* s : spies) enquire.add_matchspy(s);
      return static_cast<std::size_t>(
          enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated());
    };
  };
  std::vector<NamedFigure> out;
  auto add = [&](const std::string& name, double ms) {
    out.push_back({name, ms, "ms"});
    out.push_back({name + " per match",
                   matches ? ms * 1e6 / (matches / static_cast<double>(queries.size())) : 0, "ns"});
  };
  add("count only, unweighted (BoolWeight)", mean_ms(plain(false, {})));
  add("count only, BM25", mean_ms(plain(true, {})));
  add("BM25 + 4 ValueCountMatchSpy (authority, grade, year, themes)",
      mean_ms([&](const Xapian::Query& q) {
        Xapian::ValueCountMatchSpy a(schema::kSlotAuthority), g(schema::kSlotGrade),
            y(schema::kSlotYear), t(schema::kSlotThemes);
        return plain(true, {&a, &g, &y, &t})(q);
      }));
  add("BM25 + first ofsearch FacetSpy (7 value reads, map<string,map>)",
      mean_ms([&](const Xapian::Query& q) {
        MapFacetSpy spy;
        return plain(true, {&spy})(q);
      }));
  add("unweighted + in-memory facet column, all fields (bench prototype)",
      mean_ms([&](const Xapian::Query& q) { return column.count(db, q).matches; }));
  // ofsearch's own column (query/facet_column.h), opened as Searcher does.
  Stopwatch t1;
  FacetColumn ofsearch_column = FacetColumn::open(index, db);
  double open_ms = t1.milliseconds();
  add("unweighted + ofsearch FacetColumn/FacetSpy (current)", mean_ms([&](const Xapian::Query& q) {
        FacetSpy spy(ofsearch_column);
        return plain(false, {&spy})(q);
      }));
  out.push_back({"ofsearch FacetColumn::open", open_ms, "ms"});
  out.push_back({"bench prototype column build from value streams", build_ms, "ms"});
  out.push_back({"bench prototype column memory", column.bytes() / 1048576.0, "MB"});
  out.push_back(
      {"mean matches per facets query", matches / static_cast<double>(queries.size()), ""});
  return out;
}

}  // namespace ofsearch::bench
