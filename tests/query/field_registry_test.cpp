// Every row of the field registry (schema/fields.h) round-trips through every
// consumer: written by the IndexWriter, filterable as `name:value` and (facet fields)
// as a request parameter, counted in facets, present in the JSON record and in its
// CSV column. Two reports that differ in every field are indexed; each of one
// report's values must find its paragraph and not the other's. A field dropped from
// any one consumer fails here.
#include "schema/fields.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "index/index_writer.h"
#include "query/request_params.h"
#include "query/result_format.h"
#include "query/searcher.h"
#include "reference/reference_data.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

struct Values {
  const char* authority;
  const char* region;
  const char* grade;
  const char* overall;
  const char* outcome;
  const char* theme;
  const char* focus;
  const char* type;
  const char* date;
  const char* inspector;  // the lead
};

Report report_with(const std::string& id, const Values& v) {
  const auto& grades = reference_data().grades;
  Report r;
  r.report_id = id;
  r.source = id + ".txt";
  r.title = "Registry test " + id;
  r.authority = v.authority;
  r.region = v.region;
  r.report_type = v.type;
  r.date = v.date;
  r.focus_areas = {v.focus};
  r.outcome = v.outcome;
  r.inspectors = {v.inspector, "Second Inspector"};
  r.content_hash = id;
  Paragraph p;
  p.ordinal = 1;
  p.section = {"Findings"};
  p.text = "Inspectors found zanzibarquux plans in " + id + ".";
  p.grade = grades.by_word(v.grade);
  p.overall_grade = grades.by_word(v.overall);
  p.themes = {v.theme};
  r.paragraphs = {p};
  return r;
}

// The filter value and the facet value of a field for these values.
std::pair<std::string, std::string> value_of(Field field, const Values& v) {
  switch (field) {
    case Field::kAuthority:
      return {v.authority, v.authority};
    case Field::kRegion:
      return {v.region, v.region};
    case Field::kGrade:
      return {v.grade, v.grade};
    case Field::kOverall:
      return {v.overall, v.overall};
    case Field::kOutcome:
      return {v.outcome, v.outcome};
    case Field::kTheme:
      return {v.theme, v.theme};
    case Field::kFocus:
      return {v.focus, v.focus};
    case Field::kType:
      return {v.type, v.type};
    case Field::kYear:
      return {std::string(v.date).substr(0, 4), std::string(v.date).substr(0, 4)};
    case Field::kDate:
      return {v.date, v.date};
    case Field::kInspector:
      return {v.inspector, v.inspector};
  }
  return {};
}

const Values kFirst = {
    "Rutland",    "East Midlands",    "good",          "outstanding", "positive",
    "leadership", "children-in-care", "focused-visit", "2022-02-23",  "Tracey Scott"};
const Values kSecond = {"Rotherham",         "Yorkshire and the Humber",
                        "inadequate",        "requires-improvement",
                        "systemic-failings", "missing-children",
                        "front-door",        "ilacs-inspection",
                        "2019-05-08",        "Dick O'Brien"};

class FieldRegistryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::path(::testing::TempDir()) / ("field-registry-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    IndexWriter writer(dir_, false);
    writer.add(report_with("first", kFirst));
    writer.add(report_with("second", kSecond));
    writer.commit();
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }

  SearchResult search(const RequestParams& params) {
    SearchRequest request = request_from_params(params, true);
    request.facets = true;
    return Searcher(dir_).search(request);
  }

  static fs::path dir_;
};
fs::path FieldRegistryTest::dir_;

TEST_F(FieldRegistryTest, EveryFieldIsWrittenFilterableCountedAndPrinted) {
  ASSERT_FALSE(field_registry().empty());
  auto all = search({{"q", "zanzibarquux"}});
  ASSERT_EQ(all.total, 2u);
  std::ostringstream csv;
  write_csv(csv, all);
  std::string header = csv.str().substr(0, csv.str().find('\n'));
  for (const auto& spec : field_registry()) {
    SCOPED_TRACE(spec.name);
    auto [filter, shown] = value_of(spec.field, kFirst);
    // Query syntax: name:"value".
    auto by_query =
        search({{"q", std::string("zanzibarquux ") + spec.name + ":\"" + filter + "\""}});
    ASSERT_EQ(by_query.total, 1u);
    EXPECT_EQ(by_query.hits[0].record["report_id"], "first");
    if (spec.facet) {
      // The filter flag / API parameter, and the facet counts.
      auto by_param = search({{"q", "zanzibarquux"}, {spec.name, filter}});
      ASSERT_EQ(by_param.total, 1u);
      EXPECT_EQ(by_param.hits[0].record["report_id"], "first");
      EXPECT_NE(std::find(filter_fields().begin(), filter_fields().end(), spec.name),
                filter_fields().end());
      ASSERT_TRUE(all.facets.count(spec.name));
      EXPECT_EQ(all.facets.at(spec.name).at(shown), 1u);
      EXPECT_EQ(all.facets.at(spec.name).at(value_of(spec.field, kSecond).second), 1u);
    }
    // The JSON record and the CSV column.
    for (const auto& hit : all.hits) {
      const auto& value = hit.record[spec.json_key];
      EXPECT_FALSE(value.is_null() || (value.is_array() && value.empty())) << spec.json_key;
    }
    EXPECT_NE(("," + header + ",").find(std::string(",") + spec.json_key + ","), std::string::npos)
        << header;
  }
}

TEST_F(FieldRegistryTest, NamesAreUniqueAndFindable) {
  for (const auto& spec : field_registry()) {
    ASSERT_NE(find_field(spec.name), nullptr) << spec.name;
    EXPECT_EQ(find_field(spec.name)->field, spec.field);
    EXPECT_EQ(&field_spec(spec.field), find_field(spec.name));
  }
  EXPECT_EQ(find_field("autority"), nullptr);
}

}  // namespace
}  // namespace ofsearch
