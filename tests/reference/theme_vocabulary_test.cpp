#include "reference/theme_vocabulary.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace ofsearch {
namespace {

const ThemeVocabulary& vocabulary() {
  static const ThemeVocabulary v = ThemeVocabulary::load(OFSEARCH_SOURCE_DIR "/corpus/themes.tsv");
  return v;
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += id + " ";
  return out;
}

TEST(ThemeVocabulary, HasTheAgreedThemesEachWithTriggers) {
  for (const char* id : {"missing-children",
                         "exploitation",
                         "children-in-care",
                         "care-leavers",
                         "permanence",
                         "front-door",
                         "child-protection",
                         "early-help",
                         "assessments-and-plans",
                         "management-oversight",
                         "performance-data",
                         "workforce",
                         "leadership",
                         "health",
                         "education",
                         "participation",
                         "disabled-children",
                         "uasc",
                         "allegations",
                         "placements-sufficiency",
                         "domestic-abuse"}) {
    const Theme* theme = vocabulary().find(id);
    ASSERT_NE(theme, nullptr) << id;
    EXPECT_FALSE(theme->label.empty()) << id;
    EXPECT_FALSE(theme->triggers.empty()) << id;
  }
}

struct ThemesCase {
  const char* label;
  const char* text;
  std::vector<std::string> present;
  std::vector<std::string> absent;
};

class ThemesOfTest : public ::testing::TestWithParam<ThemesCase> {};

TEST_P(ThemesOfTest, TagsParagraphsWithWhatTheyAreAbout) {
  auto ids = vocabulary().themes_of(GetParam().text);
  for (const auto& id : GetParam().present)
    EXPECT_TRUE(has(ids, id)) << id << " not in " << joined(ids);
  for (const auto& id : GetParam().absent)
    EXPECT_FALSE(has(ids, id)) << id << " in " << joined(ids);
}

std::string name_of(const ::testing::TestParamInfo<ThemesCase>& info) { return info.param.label; }

// Paragraphs from the bundled seed reports.
INSTANTIATE_TEST_SUITE_P(
    SeedParagraphs, ThemesOfTest,
    ::testing::Values(
        ThemesCase{"MissingFromCareData",
                   "Inaccurate data is impairing individual and strategic planning. There are gaps "
                   "in the data for children who go missing, which means it is not possible to "
                   "gain a comprehensive understanding of the prevalence of missing episodes for "
                   "looked after children. Senior leaders have plans in place to rectify this.",
                   {"missing-children", "performance-data", "children-in-care", "leadership"},
                   {"exploitation", "education", "permanence"}},
        ThemesCase{
            "HeadlineScrutinyOfData",
            "A lack of scrutiny of performance management data, particularly regarding "
            "children who are missing from care, is not supporting this improvement journey.",
            {"missing-children", "performance-data"},
            {"care-leavers"}},
        ThemesCase{
            "ContactsAndReferrals",
            "Contacts and referrals received from a range of agencies are appropriate. In "
            "situations where the threshold for statutory intervention is not met, social "
            "workers undertake relevant checks, speak with parents about the information "
            "provided, and consider with them whether the family would benefit from early "
            "help services before a \xE2\x80\x98no further action\xE2\x80\x99 decision is made.",
            {"front-door", "early-help"},
            {"children-in-care", "missing-children"}},
        ThemesCase{"DesignatedOfficerAndExploitation",
                   "\"The local authority has a permanent, stable and motivated workforce. "
                   "Responses to child protection concerns are prompt. Investigations relating to "
                   "allegations about professionals are thoroughly investigated by the designated "
                   "officer, and responses to children at risk of exploitation are improving,\"",
                   {"workforce", "child-protection", "allegations", "exploitation"},
                   {"permanence"}},
        ThemesCase{"UnaccompaniedChildren",
                   "Unaccompanied asylum-seeking children account for most children who have "
                   "recently entered care in Rutland. The local authority has responded swiftly "
                   "and effectively to this new challenge.",
                   {"uasc", "children-in-care"},
                   {"health"}},
        ThemesCase{"VirtualSchoolAndHealth",
                   "The VSH ensures that children\xE2\x80\x99s educational needs are identified "
                   "promptly. Children's physical and mental health needs are quickly assessed and "
                   "timely referrals made, such as to the Refugee Council's therapeutic service.",
                   {"education", "health"},
                   {"domestic-abuse"}},
        ThemesCase{"Throughcare",
                   "Children now receive a seamless and well-planned transition to adulthood "
                   "through the development of a Throughcare team. Personal assistants are "
                   "actively engaged in pathway planning from this point.",
                   {"care-leavers"},
                   {"children-in-care"}},
        ThemesCase{"SupervisionAndTraining",
                   "Social workers value supervision, which is often reflective and detailed, "
                   "demonstrating the authority's investment in supervision skills training for "
                   "team managers.",
                   {"management-oversight", "workforce"},
                   {"front-door"}},
        ThemesCase{"PermanenceAndAdoption",
                   "Early permanence is secured for most children. All the children who left care "
                   "had permanent care arrangements through adoption or special guardianship.",
                   {"permanence"},
                   {"care-leavers"}},
        ThemesCase{"Lado",
                   "The local authority designated officer (LADO) role is established and meeting "
                   "statutory minimum requirements.",
                   {"allegations"},
                   {}},
        ThemesCase{"ChildrenInCareCouncilAndAdvocates",
                   "Children in care are well supported by their social workers, IROs and "
                   "advocates. They also have access to Rutland's children in care council.",
                   {"participation", "children-in-care"},
                   {"leadership"}}),
    name_of);

// Wordings the stemmer could confuse, and forms it must join.
INSTANTIATE_TEST_SUITE_P(
    Wordings, ThemesOfTest,
    ::testing::Values(
        ThemesCase{"PluralsAndHyphens",
                   "Re-referrals are low and looked-after children\xE2\x80\x99s homes are stable.",
                   {"front-door", "children-in-care", "placements-sufficiency"},
                   {}},
        ThemesCase{"MissedIsNotMissing",
                   "Inspectors missed a meeting and reports were missing.",
                   {},
                   {"missing-children"}},
        ThemesCase{"AdoptedApproachIsNotAdoption",
                   "The council has adopted a new practice model and employs permanent staff.",
                   {},
                   {"permanence"}},
        ThemesCase{"SufficientIsNotSufficiency",
                   "Sufficient progress has been made.",
                   {},
                   {"placements-sufficiency"}},
        ThemesCase{"ExtremelyIsNotExtremism",
                   "She is extremely positive about in-house options.",
                   {},
                   {"exploitation", "homelessness"}},
        ThemesCase{"AcronymsNeedCapitals",
                   "LAC reviews are timely and every child has a PEP.",
                   {"children-in-care", "education"},
                   {}},
        ThemesCase{"LowerCaseAcronymsAreWords",
                   "A pep talk and a mash of ideas.",
                   {},
                   {"education", "front-door"}},
        ThemesCase{"TriggersDoNotSpanSentences",
                   "She left care. Leavers of the course were pleased.",
                   {},
                   {"care-leavers"}},
        ThemesCase{"ExploitedAndExploitation",
                   "Children who are exploited are identified quickly.",
                   {"exploitation"},
                   {}},
        ThemesCase{"MissingEducationIsEducation",
                   "Children missing education are tracked by the virtual school.",
                   {"education"},
                   {"missing-children"}}),
    name_of);

TEST(ThemeVocabulary, ReturnsThemesInVocabularyOrderWithoutRepeats) {
  auto ids = vocabulary().themes_of(
      "Workforce caseloads are high. Children who go missing from care receive return home "
      "interviews; children who go missing from home too.");
  ASSERT_EQ(ids.size(), 2u) << joined(ids);
  EXPECT_EQ(ids[0], "missing-children");
  EXPECT_EQ(ids[1], "workforce");
  EXPECT_TRUE(vocabulary().themes_of("").empty());
}

TEST(ThemeVocabulary, FindsByIdOrLabelIgnoringCase) {
  ASSERT_NE(vocabulary().find("missing-children"), nullptr);
  EXPECT_EQ(vocabulary().find("MISSING-CHILDREN"), vocabulary().find("missing-children"));
  EXPECT_EQ(vocabulary().find(vocabulary().find("uasc")->label), vocabulary().find("uasc"));
  EXPECT_EQ(vocabulary().find("missing"), nullptr);
  EXPECT_EQ(vocabulary().find(""), nullptr);
}

TEST(ThemeVocabulary, ClosestSuggestsNearestIds) {
  struct Case {
    const char* typo;
    const char* first;
  };
  for (const Case& c :
       {Case{"missing-child", "missing-children"}, Case{"explotation", "exploitation"},
        Case{"care leaver", "care-leavers"}, Case{"front door", "front-door"}}) {
    auto ids = vocabulary().closest(c.typo, 3);
    ASSERT_FALSE(ids.empty()) << c.typo;
    EXPECT_LE(ids.size(), 3u);
    EXPECT_EQ(ids[0], c.first) << c.typo;
  }
  EXPECT_TRUE(vocabulary().closest("zzzzqqq", 3).empty());
}

TEST(ThemeVocabulary, RejectsBadRowsNamingFileAndLine) {
  auto dir = std::filesystem::path(::testing::TempDir()) /
             ("theme_vocabulary_test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  struct Case {
    std::string rows;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {"a\tA\tx\na\tA again\ty\n", ":3: theme a is listed twice"},
           {"Bad Id\tA\tx\n", ":2: id 'Bad Id'"},
           {"a\tA\t\n", ":2: theme a has no triggers"},
           {"a\t\tx\n", ":2: theme a has no label"},
       }) {
    std::ofstream(dir / "themes.tsv") << "id\tlabel\ttriggers\n" << c.rows;
    try {
      ThemeVocabulary::load(dir / "themes.tsv");
      ADD_FAILURE() << "no error for " << c.rows;
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("themes.tsv" + c.message), std::string::npos)
          << e.what();
    }
  }
}

}  // namespace
}  // namespace ofsearch
