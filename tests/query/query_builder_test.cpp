#include "query/query_builder.h"

#include <gtest/gtest.h>

#include "query/field_filters.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

struct PrepareCase {
  const char* input;
  const char* expected;
};

class PrepareQueryTest : public ::testing::TestWithParam<PrepareCase> {};

TEST_P(PrepareQueryTest, LowerCasesWordsButKeepsOperators) {
  EXPECT_EQ(prepare_query_string(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Queries, PrepareQueryTest,
    ::testing::Values(PrepareCase{"Missing AND Care", "missing AND care"},
                      PrepareCase{"\xE2\x80\x9CLife Story\xE2\x80\x9D", "\"life story\""},
                      PrepareCase{"exploitation NEAR/5 Missing", "exploitation NEAR/5 missing"},
                      PrepareCase{"NOT (CSE OR CCE)", "NOT (cse OR cce)"},
                      PrepareCase{"Caf\xC3\xA9 and", "cafe and"},
                      PrepareCase{"authority:\"Rotherham MBC\" grade:3",
                                  "authority:\"rotherham mbc\" grade:3"},
                      // The operator rule of query_syntax.h: only NEAR and ADJ take "/n".
                      PrepareCase{"Care ADJ/2 Plan", "care ADJ/2 plan"},
                      PrepareCase{"Care AND/3 Plan", "care and/3 plan"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.input, info.index); });

TEST(PrepareQueryTest, RejectsUnknownFields) {
  EXPECT_THROW(prepare_query_string("autority:rutland"), UnknownValueError);
  EXPECT_NO_THROW(prepare_query_string("\"time: 10:30\""));  // inside quotes: text
}

TEST(SplitRangeTest, ReadsOpenAndClosedRanges) {
  EXPECT_EQ(split_range("2019..2022"), std::make_pair(std::string("2019"), std::string("2022")));
  EXPECT_EQ(split_range("2019.."), std::make_pair(std::string("2019"), std::string("")));
  EXPECT_EQ(split_range("2020"), std::make_pair(std::string("2020"), std::string("2020")));
}

}  // namespace
}  // namespace ofsearch
