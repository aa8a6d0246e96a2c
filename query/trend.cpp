#include "query/trend.h"

#include <algorithm>
#include <map>
#include <memory>
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
    const FacetRecord& r = column_.record(doc);
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

void count(Xapian::Database& db, const Xapian::Query& query,
           std::vector<std::unique_ptr<BucketSpy>>& spies) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  for (auto& spy : spies) enquire.add_matchspy(spy.get());
  enquire.get_mset(0, 0, db.get_doccount());  // checkatleast = all: every match is seen
}

}  // namespace

std::vector<Trend> compute_trends(const std::filesystem::path& index, const SearchRequest& request,
                                  const std::vector<std::string>& bys) {
  std::vector<FacetField> fields;
  for (const auto& by : bys) fields.push_back(facet_for(by));
  Xapian::Database db = open_index(index);
  FacetColumn column = FacetColumn::open(index, db);
  QueryBuilder builder(db, reference_data());
  SearchRequest base = request;  // the same filters, no query: what was searched
  base.query.clear();
  base.match_all = true;
  base.match = MatchMode::kAll;
  std::vector<std::unique_ptr<BucketSpy>> matching, searched;  // MatchSpy cannot be copied
  for (FacetField field : fields) {
    matching.push_back(std::make_unique<BucketSpy>(column, field));
    searched.push_back(std::make_unique<BucketSpy>(column, field));
  }
  count(db, builder.build(request).query, matching);
  count(db, builder.build(base).query, searched);

  std::vector<Trend> trends;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    BucketSpy& m = *matching[i];
    BucketSpy& s = *searched[i];
    Trend trend;
    trend.by = bys[i];
    for (const auto& [code, n] : s.paragraphs) {
      if (code == 0) continue;
      TrendRow row;
      row.bucket = column.value(fields[i], code);
      row.searched = n;
      row.reports = s.reports[code].size();
      row.matching = m.paragraphs.count(code) ? m.paragraphs[code] : 0;
      row.matching_reports = m.reports.count(code) ? m.reports[code].size() : 0;
      trend.rows.push_back(row);
    }
    std::sort(trend.rows.begin(), trend.rows.end(),
              [](const TrendRow& a, const TrendRow& b) { return a.bucket < b.bucket; });
    trend.all = {"all", m.all_paragraphs, s.all_paragraphs,
                 static_cast<Xapian::doccount>(m.all_reports.size()),
                 static_cast<Xapian::doccount>(s.all_reports.size())};
    trends.push_back(std::move(trend));
  }
  return trends;
}

Trend compute_trend(const std::filesystem::path& index, const SearchRequest& request,
                    const std::string& by) {
  return compute_trends(index, request, {by}).front();
}

nlohmann::json trend_row_json(const TrendRow& row) {
  return {{"bucket", row.bucket},
          {"matching", row.matching},
          {"searched", row.searched},
          {"rate_per_1000", row.rate_per_1000()},
          {"matching_reports", row.matching_reports},
          {"reports", row.reports},
          {"small_base", row.small_base()}};
}

nlohmann::json trend_json(const Trend& trend, const std::string& query) {
  nlohmann::json j = {{"query", query},
                      {"by", trend.by},
                      {"rows", nlohmann::json::array()},
                      {"all", trend_row_json(trend.all)},
                      {"small_base_below", kTrendSmallBase}};
  for (const auto& row : trend.rows) j["rows"].push_back(trend_row_json(row));
  return j;
}

}  // namespace ofsearch
