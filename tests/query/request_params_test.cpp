#include "query/request_params.h"

#include <gtest/gtest.h>

#include <string>

#include "support/case_name.h"

namespace ofsearch {
namespace {

TEST(RequestParams, ReadsEveryParameterTheCliAndTheApiShare) {
  SearchRequest r = request_from_params({{"q", "missing from care"},
                                         {"limit", "25"},
                                         {"offset", "50"},
                                         {"sort", "-date"},
                                         {"per_report", ""},
                                         {"group-by", "authority"},
                                         {"exact", "true"},
                                         {"match", "most"},
                                         {"facets", "1"},
                                         {"include_boilerplate", "yes"},
                                         {"from", "2019"},
                                         {"to", "2022-03-31"}},
                                        true);
  EXPECT_EQ(r.query, "missing from care");
  EXPECT_EQ(r.limit, 25u);
  EXPECT_EQ(r.offset, 50u);
  EXPECT_EQ(r.sort, SortOrder::kDateDescending);
  EXPECT_TRUE(r.per_report);
  EXPECT_EQ(r.group_by, GroupBy::kAuthority);
  EXPECT_TRUE(r.exact);
  EXPECT_EQ(r.match, MatchMode::kMost);
  EXPECT_TRUE(r.facets);
  EXPECT_TRUE(r.include_boilerplate);
  EXPECT_EQ(r.from, "2019");
  EXPECT_EQ(r.to, "2022-03-31");
}

TEST(RequestParams, NothingGivenIsTheDefaultRequest) {
  SearchRequest r = request_from_params({}, true);
  EXPECT_EQ(r.query, "");
  EXPECT_EQ(r.limit, 10u);
  EXPECT_EQ(r.offset, 0u);
  EXPECT_EQ(r.sort, SortOrder::kRelevance);
  EXPECT_EQ(r.group_by, GroupBy::kNone);
  EXPECT_EQ(r.match, MatchMode::kAll);
  EXPECT_FALSE(r.per_report || r.exact || r.facets || r.include_boilerplate);
  EXPECT_FALSE(r.from || r.to);
  EXPECT_TRUE(r.filters.empty());
}

TEST(RequestParams, ARepeatedFilterIsOrWithinItsField) {
  SearchRequest r = request_from_params(
      {{"grade", "good"}, {"authority", "rotherham"}, {"grade", "outstanding"}, {"year", "2019"}},
      true);
  EXPECT_EQ(r.filters["grade"], (std::vector<std::string>{"good", "outstanding"}));
  EXPECT_EQ(r.filters["authority"], (std::vector<std::string>{"rotherham"}));
  EXPECT_EQ(r.filters["year"], (std::vector<std::string>{"2019"}));
}

TEST(RequestParams, QAndQueryJoinIntoOneQueryString) {
  EXPECT_EQ(request_from_params({{"q", "missing"}, {"query", "care"}}, true).query, "missing care");
}

TEST(RequestParams, EmptyGroupByFromAndToMeanNone) {
  SearchRequest r = request_from_params({{"group_by", ""}, {"from", ""}, {"to", ""}}, true);
  EXPECT_EQ(r.group_by, GroupBy::kNone);
  EXPECT_FALSE(r.from || r.to);
}

TEST(RequestParams, FlagsCanBeTurnedOff) {
  SearchRequest r =
      request_from_params({{"facets", "false"}, {"exact", "0"}, {"per-report", "no"}}, true);
  EXPECT_FALSE(r.facets || r.exact || r.per_report);
}

TEST(RequestParams, UnknownNamesAreRefusedOnlyWhenStrict) {
  RequestParams params = {{"q", "care"}, {"grades", "good"}};
  EXPECT_THROW(request_from_params(params, true), RequestParamError);
  SearchRequest lax = request_from_params(params, false);
  EXPECT_EQ(lax.query, "care");
  EXPECT_TRUE(lax.filters.empty());
}

TEST(RequestParams, LimitIsCappedByTheCaller) {
  EXPECT_EQ(request_from_params({{"limit", "1000"}}, true).limit, kMaxLimit);
  EXPECT_THROW(request_from_params({{"limit", "1001"}}, true), RequestParamError);
  EXPECT_EQ(request_from_params({{"limit", "5000"}}, true, 10000).limit, 5000u);
}

TEST(RequestParams, FilterFieldsInHelpOrder) {
  EXPECT_EQ(filter_fields(),
            (std::vector<std::string>{"authority", "region", "grade", "overall", "outcome", "theme",
                                      "focus", "type", "year", "inspector"}));
}

struct BadCase {
  const char* name;
  const char* value;
  const char* message;  // what() names the parameter and what it takes
};

class RequestParamsBadValueTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(RequestParamsBadValueTest, NamesTheParameterAndWhatItTakes) {
  try {
    request_from_params({{GetParam().name, GetParam().value}}, true);
    FAIL() << GetParam().name << "=" << GetParam().value << " accepted";
  } catch (const RequestParamError& e) {
    EXPECT_EQ(std::string(e.what()), GetParam().message);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Values, RequestParamsBadValueTest,
    ::testing::Values(
        BadCase{"limit", "ten", "limit must be a whole number from 0 to 1000, not 'ten'"},
        BadCase{"limit", "-1", "limit must be a whole number from 0 to 1000, not '-1'"},
        BadCase{"offset", "99999999999",
                "offset must be a whole number from 0 to 2147483647, not '99999999999'"},
        BadCase{"sort", "oldest", "sort must be relevance, date or -date, not 'oldest'"},
        BadCase{"group_by", "region", "group-by must be authority, report or year, not 'region'"},
        BadCase{"match", "any", "match must be all or most, not 'any'"},
        BadCase{"exact", "maybe", "exact must be true or false, not 'maybe'"},
        BadCase{"colour", "red", "unknown parameter 'colour'"}),
    [](const auto& info) {
      return testing::case_name(std::string(info.param.name) + " " + info.param.value, info.index);
    });

}  // namespace
}  // namespace ofsearch
