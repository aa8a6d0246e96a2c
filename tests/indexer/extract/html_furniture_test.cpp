#include "indexer/extract/html_furniture.h"

#include <gtest/gtest.h>

#include <fstream>
#include <stdexcept>
#include <string>

#include "support/case_name.h"

namespace ofsearch {
namespace {

const HtmlFurniture& furniture() {
  static const HtmlFurniture f =
      HtmlFurniture::load(OFSEARCH_SOURCE_DIR "/corpus/html_furniture.tsv");
  return f;
}

struct NamesCase {
  const char* lower_names;
  bool furniture;
};

class HtmlFurnitureMarkTest : public ::testing::TestWithParam<NamesCase> {};

TEST_P(HtmlFurnitureMarkTest, FindsAMarkInsideClassAndIdNames) {
  EXPECT_EQ(furniture().marks_furniture(GetParam().lower_names), GetParam().furniture)
      << GetParam().lower_names;
}

INSTANTIATE_TEST_SUITE_P(
    Names, HtmlFurnitureMarkTest,
    ::testing::Values(NamesCase{"govuk-header ", true},
                      NamesCase{"govuk-phase-banner govuk-width-container", true},
                      NamesCase{"gem-c-cookie-banner cookie", true}, NamesCase{" global-bar", true},
                      NamesCase{"govuk-body ", false},
                      NamesCase{"govuk-main-wrapper main-content", false}, NamesCase{"", false}),
    [](const auto& info) {
      return ofsearch::testing::case_name(info.param.lower_names, info.index);
    });

struct IdCase {
  const char* lower_id;
  bool main;
};

class HtmlFurnitureMainIdTest : public ::testing::TestWithParam<IdCase> {};

TEST_P(HtmlFurnitureMainIdTest, KnowsTheMainContentIds) {
  EXPECT_EQ(furniture().is_main_id(GetParam().lower_id), GetParam().main) << GetParam().lower_id;
}

INSTANTIATE_TEST_SUITE_P(Ids, HtmlFurnitureMainIdTest,
                         ::testing::Values(IdCase{"content", true}, IdCase{"main-content", true},
                                           IdCase{"main", true}, IdCase{"contents", false},
                                           IdCase{"wrapper", false}, IdCase{"", false}),
                         [](const auto& info) {
                           return ofsearch::testing::case_name(info.param.lower_id, info.index);
                         });

TEST(HtmlFurnitureTest, DefaultsAreTheBundledFile) {
  EXPECT_TRUE(HtmlFurniture::defaults().marks_furniture("govuk-footer"));
  EXPECT_TRUE(HtmlFurniture::defaults().is_main_id("main-content"));
}

struct BadFileCase {
  const char* name;
  const char* rows;
  const char* error;
};

class HtmlFurnitureBadFileTest : public ::testing::TestWithParam<BadFileCase> {};

TEST_P(HtmlFurnitureBadFileTest, NamesFileAndLine) {
  auto path = std::filesystem::temp_directory_path() /
              ("ofsearch_html_furniture_" + std::string(GetParam().name) + ".tsv");
  std::ofstream(path) << "kind\ttext\n" << GetParam().rows;
  try {
    HtmlFurniture::load(path);
    ADD_FAILURE() << "loaded " << GetParam().name;
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(path.string() + ":2: "), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(GetParam().error), std::string::npos) << e.what();
  }
  std::filesystem::remove(path);
}

INSTANTIATE_TEST_SUITE_P(Rows, HtmlFurnitureBadFileTest,
                         ::testing::Values(BadFileCase{"unknown_kind", "role\tbanner\n",
                                                       "unknown kind"},
                                           BadFileCase{"empty_text", "mark\t\n", "empty text"}),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace ofsearch
