#include "stemming/text_normaliser.h"

#include <gtest/gtest.h>
#include "support/case_name.h"

namespace ofsearch {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

class CleanTextTest : public ::testing::TestWithParam<Case> {};

TEST_P(CleanTextTest, MapsTypographyToPlainText) {
  EXPECT_EQ(clean_text(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Typography, CleanTextTest,
    ::testing::Values(Case{"children\xE2\x80\x99s", "children's"},  // right single quote
                      Case{"\xE2\x80\x9Cno further action\xE2\x80\x9D", "\"no further action\""},
                      Case{"3 \xE2\x80\x93 14 October", "3 - 14 October"},  // en dash
                      Case{"signi\xEF\xAC\x81"
                           "cant",
                           "significant"},  // fi ligature
                      Case{"a\xC2\xA0"
                           "b",
                           "a b"},  // no-break space
                      Case{"life\xC2\xAD"
                           "story",
                           "lifestory"},                               // soft hyphen
                      Case{"\xE2\x96\xA0 item", "\xE2\x80\xA2 item"},  // black square bullet
                      Case{"caf\xC3\xA9", "caf\xC3\xA9"}),
    [](const auto& info) {
      return ofsearch::testing::case_name(info.param.input, info.index);
    });  // accents kept

TEST(NormaliseForIndexTest, StripsAccentsButKeepsCase) {
  EXPECT_EQ(normalise_for_index("Caf\xC3\xA9 R\xC3\xA9sum\xC3\xA9"), "Cafe Resume");
}

TEST(RepairUtf8Test, ReplacesInvalidBytesAndNuls) {
  std::string bad = std::string("ok") + '\xff' + '\0' + "end";
  EXPECT_EQ(repair_utf8(bad), "ok\xEF\xBF\xBD end");
}

TEST(FoldKeyTest, FoldsCasePunctuationAmpersandAndApostrophes) {
  EXPECT_EQ(fold_key("Bournemouth, Christchurch & Poole"), "bournemouth christchurch and poole");
  EXPECT_EQ(fold_key("  Children\xE2\x80\x99s   Services "), "childrens services");
  EXPECT_EQ(fold_key("St. Helens"), "st helens");
}

TEST(CharacterStartTest, StepsBackOutOfAMultiByteCharacter) {
  const std::string text =
      "a\xE2\x82\xAC"
      "b";  // a € b: bytes 0, 1-3, 4
  const struct {
    std::size_t pos, expected;
  } cases[] = {{0, 0}, {1, 1}, {2, 1}, {3, 1}, {4, 4}, {5, 5}, {99, 5}};
  for (const auto& c : cases)
    EXPECT_EQ(character_start_at_or_before(text, c.pos), c.expected) << "pos " << c.pos;
}

}  // namespace
}  // namespace ofsearch
