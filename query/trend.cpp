#include "query/trend.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <unordered_set>

#include "index/report_catalog.h"
#include "query/facet_column.h"
#include "query/query_builder.h"
#include "reference/reference_data.h"

namespace ofsearch {
namespace {

FacetField facet_for(const std::string& by) {
  if (by == "year") return kFacetYear;
  if (by == "region") return kFacetRegion;
  if (by == "type") return kFacetType;
  if (by == "grade") return kFacetGrade;
  if (by == "authority") return kFacetAuthority;
  if (by == "inspector") return kFacetInspector;  // the report's lead inspector
  throw std::invalid_argument(
      "by must be year, region, type, grade, authority or inspector, not '" + by + "'");
}

// Paragraphs and distinct reports per bucket code over every match (code 0: no value).
class BucketSpy : public Xapian::MatchSpy {
 public:
  BucketSpy(const FacetColumn& column, FacetField field) : column_(column), field_(field) {}
  void operator()(const Xapian::Document& doc, double) override {
    const FacetRecord& r = column_.record(doc.get_docid());
    std::uint32_t code = r.code(field_);
    ++paragraphs[code];
    reports[code].insert(r.report);
    ++all_paragraphs;
    all_reports.insert(r.report);
  }

  std::map<std::uint32_t, Xapian::doccount> paragraphs;
  std::map<std::uint32_t, std::unordered_set<std::uint32_t>> reports;
  Xapian::doccount all_paragraphs = 0;
  std::unordered_set<std::uint32_t> all_reports;

 private:
  const FacetColumn& column_;
  FacetField field_;
};

void count(Xapian::Database& db, const Xapian::Query& query, BucketSpy& spy) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());  // checkatleast = all: every match is seen
}

}  // namespace

Trend compute_trend(const std::filesystem::path& index, const SearchRequest& request,
                    const std::string& by) {
  FacetField field = facet_for(by);
  Xapian::Database db = open_index(index);
  FacetColumn column = FacetColumn::open(index, db);
  QueryBuilder builder(db, reference_data());
  SearchRequest base = request;  // the same filters, no query: what was searched
  base.query.clear();
  base.match_all = true;
  base.match = MatchMode::kAll;
  BucketSpy matching(column, field), searched(column, field);
  count(db, builder.build(request).query, matching);
  count(db, builder.build(base).query, searched);

  Trend trend;
  trend.by = by;
  for (const auto& [code, n] : searched.paragraphs) {
    if (code == 0) continue;
    TrendRow row;
    row.bucket = column.value(field, code);
    row.searched = n;
    row.reports = searched.reports[code].size();
    row.matching = matching.paragraphs.count(code) ? matching.paragraphs[code] : 0;
    row.matching_reports = matching.reports.count(code) ? matching.reports[code].size() : 0;
    trend.rows.push_back(row);
  }
  std::sort(trend.rows.begin(), trend.rows.end(),
            [](const TrendRow& a, const TrendRow& b) { return a.bucket < b.bucket; });
  trend.all = {"all", matching.all_paragraphs, searched.all_paragraphs,
               static_cast<Xapian::doccount>(matching.all_reports.size()),
               static_cast<Xapian::doccount>(searched.all_reports.size())};
  return trend;
}

}  // namespace ofsearch
