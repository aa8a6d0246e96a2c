#include "reference/grade_scale.h"

#include <gtest/gtest.h>

#include <fstream>

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

struct SingularCase {
  const char* in;
  const char* out;
};

class GradeSingularFormTest : public ::testing::TestWithParam<SingularCase> {};

TEST_P(GradeSingularFormTest, ReadsThePluralVerbInTheSingular) {
  EXPECT_EQ(scale().singular_form(GetParam().in), GetParam().out);
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, GradeSingularFormTest,
    ::testing::Values(
        SingularCase{"Children's services in Isle of Wight Council require improvement",
                     "Children's services in Isle of Wight Council requires improvement"},
        SingularCase{"Require improvement", "Requires improvement"},
        SingularCase{"requires improvement to be good", "requires improvement to be good"},
        SingularCase{"they require improvement; others require improvement",
                     "they requires improvement; others requires improvement"},
        SingularCase{"acquire improvement", "acquire improvement"},
        SingularCase{"Require Improvement", "Require Improvement"},  // only the first letter
        SingularCase{"", ""}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.in, info.index); });

struct AnyNumberCase {
  const char* phrase;
  const char* word;  // nullptr: not a grade
};

class GradeAnyNumberTest : public ::testing::TestWithParam<AnyNumberCase> {};

TEST_P(GradeAnyNumberTest, ParsesSingularAndPlural) {
  auto grade = scale().parse_any_number(GetParam().phrase);
  if (!GetParam().word) {
    EXPECT_FALSE(grade) << GetParam().phrase;
    return;
  }
  ASSERT_TRUE(grade) << GetParam().phrase;
  EXPECT_EQ(grade->word, GetParam().word);
}

INSTANTIATE_TEST_SUITE_P(
    Phrases, GradeAnyNumberTest,
    ::testing::Values(AnyNumberCase{"Require improvement", "requires-improvement"},
                      AnyNumberCase{"require improvement to be good", "requires-improvement"},
                      AnyNumberCase{"Requires improvement", "requires-improvement"},
                      AnyNumberCase{"Good", "good"},
                      AnyNumberCase{"services require improvement", nullptr},
                      AnyNumberCase{"acquire improvement", nullptr}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.phrase, info.index); });

TEST(GradeScaleTest, APluralMustNameItsSingular) {
  auto path = std::filesystem::temp_directory_path() / "ofsearch_grades_bad_plural.tsv";
  std::ofstream(path) << "word\tlevel\tlabel\tphrases\tplural\n"
                      << "good\t2\tGood\tgood\tare good\n";
  EXPECT_THROW(GradeScale::load(path), std::runtime_error);
  std::filesystem::remove(path);
}

TEST(GradeScaleTest, LevelThreeHasBothWords) {
  auto words = scale().words_at_level(3);
  EXPECT_EQ(words.size(), 2u);
}

}  // namespace
}  // namespace ofsearch
