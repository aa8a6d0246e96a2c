#include "reference/report_types.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "support/case_name.h"

namespace ofsearch {
namespace {

const ReportTypes& types() {
  static const ReportTypes t = ReportTypes::load(OFSEARCH_SOURCE_DIR "/corpus/report_types.tsv");
  return t;
}

struct FindCase {
  const char* asked;
  const char* id;  // nullptr: no such type
};

class ReportTypesFindTest : public ::testing::TestWithParam<FindCase> {};

TEST_P(ReportTypesFindTest, FindsATypeByIdOrLabelInAnyCase) {
  const ReportType* type = types().find(GetParam().asked);
  if (!GetParam().id) {
    EXPECT_EQ(type, nullptr) << GetParam().asked << " -> " << type->id;
    return;
  }
  ASSERT_NE(type, nullptr) << GetParam().asked;
  EXPECT_EQ(type->id, GetParam().id);
}

INSTANTIATE_TEST_SUITE_P(
    Names, ReportTypesFindTest,
    ::testing::Values(FindCase{"focused-visit", "focused-visit"},
                      FindCase{"Focused visit", "focused-visit"},
                      FindCase{"FOCUSED VISIT", "focused-visit"},
                      FindCase{"ILACS inspection", "ilacs-inspection"}, FindCase{"jtai", "jtai"},
                      FindCase{"Joint targeted area inspection", "jtai"},
                      FindCase{"Council committee report", "committee-report"},
                      FindCase{"news", "news"}, FindCase{"inspection", nullptr},
                      FindCase{"focused", nullptr}, FindCase{"", nullptr}),
    [](const auto& info) { return testing::case_name(info.param.asked, info.index); });

TEST(ReportTypes, LoadsEveryTypeInFileOrderWithItsCues) {
  const auto& all = types().all();
  ASSERT_GE(all.size(), 9u);
  EXPECT_EQ(all.front().id, "ilacs-inspection");
  EXPECT_EQ(all.back().id, "other");
  EXPECT_TRUE(all.back().cues.empty());
  const ReportType* fv = types().find("focused-visit");
  ASSERT_NE(fv, nullptr);
  EXPECT_EQ(fv->label, "Focused visit");
  // Most specific first, as the file lists them.
  EXPECT_EQ(fv->cues, (std::vector<std::string>{"focused visit to", "focused visit"}));
}

TEST(ReportTypes, EveryCueIsLowerCase) {
  for (const auto& type : types().all()) {
    for (const auto& cue : type.cues) {
      EXPECT_TRUE(std::none_of(cue.begin(), cue.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
          << type.id << ": " << cue;
    }
  }
}

TEST(ReportTypes, ARowWithoutAnIdIsAnErrorNamingTheLine) {
  std::filesystem::path file = std::filesystem::path(::testing::TempDir()) /
                               ("report-types-" + std::to_string(::getpid()) + ".tsv");
  std::ofstream(file) << "# types\nid\tlabel\tcues\nnews\tNews\tsaid the report\n\tNo id\tx\n";
  try {
    ReportTypes::load(file);
    ADD_FAILURE() << "no error for a row without an id";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), file.string() + ":4: missing id");
  }
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace ofsearch
