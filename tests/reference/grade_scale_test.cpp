#include "reference/grade_scale.h"

#include <gtest/gtest.h>
#include "support/case_name.h"

namespace ofsearch {
namespace {

const GradeScale& scale() {
  static const GradeScale s = GradeScale::load(OFSEARCH_SOURCE_DIR "/corpus/grades.tsv");
  return s;
}

struct ParseCase {
  const char* phrase;
  const char* word;  // nullptr: not a grade
  int level;
};

class GradeParseTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(GradeParseTest, ReadsGradesAsReportsPrintThem) {
  auto grade = scale().parse(GetParam().phrase);
  if (!GetParam().word) {
    EXPECT_FALSE(grade) << GetParam().phrase;
    return;
  }
  ASSERT_TRUE(grade) << GetParam().phrase;
  EXPECT_EQ(grade->word, GetParam().word);
  EXPECT_EQ(grade->level, GetParam().level);
}

INSTANTIATE_TEST_SUITE_P(
    Phrases, GradeParseTest,
    ::testing::Values(ParseCase{"Good", "good", 2}, ParseCase{"Grade 3 (Adequate)", "adequate", 3},
                      ParseCase{"**Grade 1 (Outstanding)**", "outstanding", 1},
                      ParseCase{"Outstanding (Grade 1)", "outstanding", 1},
                      ParseCase{"Requires improvement to be good", "requires-improvement", 3},
                      ParseCase{"requires improvement", "requires-improvement", 3},
                      ParseCase{"INADEQUATE", "inadequate", 4},
                      ParseCase{"Grade 4", "inadequate", 4},
                      ParseCase{"Grade 2 (Adequate)", nullptr, 0},  // level and word disagree
                      ParseCase{"good practice", nullptr, 0}, ParseCase{"", nullptr, 0}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.phrase, info.index); });

TEST(GradeScaleTest, FindsAGradeGluedToTheEndOfAHeading) {
  std::string rest;
  auto grade = scale().parse_suffix(
      "The experiences and progress of children who need help and protection: requires "
      "improvement to be good",
      &rest);
  ASSERT_TRUE(grade);
  EXPECT_EQ(grade->word, "requires-improvement");
  EXPECT_EQ(rest, "The experiences and progress of children who need help and protection");
}

TEST(GradeScaleTest, LevelThreeHasBothWords) {
  auto words = scale().words_at_level(3);
  EXPECT_EQ(words.size(), 2u);
}

}  // namespace
}  // namespace ofsearch
