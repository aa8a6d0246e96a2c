#include "bench/facet_breakdown.h"

#include <chrono>
#include <functional>
#include <map>
#include <unordered_map>

#include <xapian.h>

#include "schema/schema.h"

namespace ofsearch::bench {
namespace {

using Clock = std::chrono::steady_clock;

// The proposed facet column: per docid, one small code per single-valued facet and a
// bit set of themes; built from the value streams once when the index is opened.
class FacetColumn {
 public:
  explicit FacetColumn(Xapian::Database& db) {
    std::size_t size = db.get_lastdocid() + 1;
    authority_.assign(size, 0);
    grade_.assign(size, 0);
    year_.assign(size, 0);
    themes_.assign(size, 0);
    load(db, schema::kSlotAuthority, authority_, authority_codes_);
    load(db, schema::kSlotGrade, grade_, grade_codes_);
    load(db, schema::kSlotYear, year_, year_codes_);
    for (auto it = db.valuestream_begin(schema::kSlotThemes);
         it != db.valuestream_end(schema::kSlotThemes); ++it) {
      std::uint64_t bits = 0;
      std::string v = *it;
      std::size_t start = 0;
      while (start <= v.size()) {
        std::size_t end = std::min(v.find('\n', start), v.size());
        auto [pos, fresh] = theme_codes_.emplace(v.substr(start, end - start), theme_codes_.size());
        if (pos->second < 64) bits |= std::uint64_t{1} << pos->second;
        start = end + 1;
      }
      themes_[it.get_docid()] = bits;
    }
  }
  std::size_t bytes() const { return authority_.size() * (2 + 1 + 1 + 8); }

  // Counts the facets of every document the query matches, unweighted.
  std::size_t count(Xapian::Database& db, const Xapian::Query& query) {
    std::vector<std::uint32_t> a(authority_codes_.size() + 1), g(grade_codes_.size() + 1),
        y(year_codes_.size() + 1), t(64);
    struct Spy : Xapian::MatchSpy {
      FacetColumn* c;
      std::vector<std::uint32_t>*a, *g, *y, *t;
      void operator()(const Xapian::Document& doc, double) override {
        Xapian::docid id = doc.get_docid();
        ++(*a)[c->authority_[id]];
        ++(*g)[c->grade_[id]];
        ++(*y)[c->year_[id]];
        for (std::uint64_t bits = c->themes_[id]; bits; bits &= bits - 1)
          ++(*t)[__builtin_ctzll(bits)];
      }
    } spy;
    spy.c = this;
    spy.a = &a, spy.g = &g, spy.y = &y, spy.t = &t;
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.add_matchspy(&spy);
    return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
  }

 private:
  template <typename T>
  static void load(Xapian::Database& db, Xapian::valueno slot, std::vector<T>& column,
                   std::unordered_map<std::string, std::size_t>& codes) {
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
      auto [pos, fresh] = codes.emplace(*it, codes.size() + 1);  // 0 = no value
      column[it.get_docid()] = static_cast<T>(pos->second);
    }
  }
  std::vector<std::uint16_t> authority_;
  std::vector<std::uint8_t> grade_, year_;
  std::vector<std::uint64_t> themes_;
  std::unordered_map<std::string, std::size_t> authority_codes_, grade_codes_, year_codes_,
      theme_codes_;
};

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
  auto t0 = Clock::now();
  FacetColumn column(db);
  double build_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();

  std::size_t matches = 0;
  auto mean_ms = [&](const std::function<std::size_t(const Xapian::Query&)>& step) {
    for (const auto& q : queries) step(q);  // warm
    matches = 0;
    auto t = Clock::now();
    for (const auto& q : queries) matches += step(q);
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count() / queries.size();
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
  add("unweighted + compact facet column (proposed)",
      mean_ms([&](const Xapian::Query& q) { return column.count(db, q); }));
  out.push_back({"facet column build at open", build_ms, "ms"});
  out.push_back({"facet column memory", column.bytes() / 1048576.0, "MB"});
  out.push_back(
      {"mean matches per facets query", matches / static_cast<double>(queries.size()), ""});
  return out;
}

}  // namespace ofsearch::bench
