#include "stemming/strings.h"

#include <gtest/gtest.h>

#include "support/case_name.h"

namespace ofsearch {
namespace {

struct JoinCase {
  std::vector<std::string> parts;
  const char* separator;
  const char* joined;
};

class JoinTest : public ::testing::TestWithParam<JoinCase> {};

TEST_P(JoinTest, PutsTheSeparatorBetweenPartsOnly) {
  EXPECT_EQ(join(GetParam().parts, GetParam().separator), GetParam().joined);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, JoinTest,
    ::testing::Values(JoinCase{{}, ", ", ""}, JoinCase{{"a"}, ", ", "a"},
                      JoinCase{{"a", "b", "c"}, ", ", "a, b, c"},
                      JoinCase{{"care", "leavers"}, " ", "care leavers"},
                      JoinCase{{"x", "y"}, "\n", "x\ny"}, JoinCase{{"a", "b"}, "", "ab"},
                      // An empty part keeps its place, first or not.
                      JoinCase{{"", "b"}, ", ", ", b"}, JoinCase{{"a", "", "b"}, ", ", "a, , b"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.joined, info.index); });

}  // namespace
}  // namespace ofsearch
