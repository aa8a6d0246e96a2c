#include "reference/focus_areas.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace ofsearch {
namespace {

const FocusAreas& areas() {
  static const FocusAreas a = FocusAreas::load(OFSEARCH_SOURCE_DIR "/corpus/focus_areas.tsv");
  return a;
}

struct SentenceCase {
  const char* name;
  const char* sentence;
  std::vector<std::string> areas;  // in vocabulary order
};

class FocusAreaTest : public ::testing::TestWithParam<SentenceCase> {};

TEST_P(FocusAreaTest, MapsTheFocusSentenceToOfstedsAreas) {
  const SentenceCase& c = GetParam();
  EXPECT_EQ(areas().areas_of(c.sentence), c.areas) << c.sentence;
}

// Wordings as focused-visit letters print them, 2018-2025.
INSTANTIATE_TEST_SUITE_P(
    Letters, FocusAreaTest,
    ::testing::Values(
        SentenceCase{"FrontDoorQuoted",
                     "Inspectors looked at the local authority\u2019s arrangements for the "
                     "\u2018front door\u2019.",
                     {"front-door"}},
        SentenceCase{"ContactsAndReferrals",
                     "In Rutland inspectors looked at the local authority's arrangements for "
                     "contacts and referrals.",
                     {"front-door"}},
        // Assessments for children in need are the front door's work, not a second area.
        SentenceCase{"FrontDoorDetailedWithChildrenInNeed",
                     "Inspectors looked at the local authority's arrangements for 'front door' "
                     "services, including decision-making for contacts and referrals about "
                     "children, child-protection enquiries, decisions to step up or down from "
                     "early help, and assessments for children in need.",
                     {"front-door"}},
        SentenceCase{"ContactReferralAndAssessment",
                     "Inspectors looked at the local authority's arrangements for contact, "
                     "referral and assessment, including the provision of early help and "
                     "statutory services.",
                     {"front-door"}},
        SentenceCase{"ChildrenInNeedAndProtectionPlans",
                     "Inspectors looked at the local authority's arrangements for children in "
                     "need and children subject to a child protection plan.",
                     {"children-in-need"}},
        SentenceCase{"HelpAndProtection",
                     "Inspectors considered the local authority's arrangements for children who "
                     "need help and protection, in accordance with the Inspection of Local "
                     "Authority Children's Services framework.",
                     {"children-in-need"}},
        SentenceCase{"PlansNamedForOlderChildren",
                     "Inspectors looked at the local authority's arrangements for young people "
                     "who are aged between 15 and 18 and subject to child in need plans, child "
                     "protection plans or receiving a specialist service.",
                     {"children-in-need"}},
        SentenceCase{"ChildrenInCare",
                     "Inspectors looked at the local authority's arrangements for children in "
                     "care.",
                     {"children-in-care"}},
        SentenceCase{"ChildrenInCareWithAList",
                     "Inspectors looked at the local authority's arrangements for children in "
                     "care, with a particular focus on: decision-making for children who come "
                     "into care.",
                     {"children-in-care"}},
        // "permanence for children in care" is one area, not two.
        SentenceCase{"PermanenceForChildrenInCare",
                     "Inspectors looked at the local authority's arrangements for planning and "
                     "achieving permanence for children in care.",
                     {"permanence"}},
        SentenceCase{"Permanency",
                     "Inspectors evaluated the local authority's arrangements for permanency "
                     "planning and achieving permanence for children in care.",
                     {"permanence"}},
        SentenceCase{"CareLeaversAndEligibleChildren",
                     "Inspectors reviewed the local authority's arrangements to support care "
                     "leavers and children looked after who are eligible for care leaving "
                     "services.",
                     {"care-leavers"}},
        // The list after the colon details the area: exploitation there adds none.
        SentenceCase{"CareLeaversWithAListNamingExploitation",
                     "Inspectors looked at the local authority's arrangements for care leavers "
                     "aged 18 to 25, with a particular focus on: the quality and suitability of "
                     "accommodation; education, employment and training; care leavers at risk "
                     "of specific types of harm, such as criminal exploitation.",
                     {"care-leavers"}},
        // Where the sentence names two areas, both are kept.
        SentenceCase{"CareLeaversAndUnaccompaniedChildren",
                     "Inspectors looked at the local authority's arrangements for young people "
                     "leaving care and for unaccompanied asylum-seeking children (UASC).",
                     {"care-leavers", "unaccompanied-children"}},
        SentenceCase{"ChildrenInNeedIncludingDisabledChildren",
                     "Inspectors looked at the local authority's arrangements for children in "
                     "need and those subject to a child protection plan, including children "
                     "receiving help and support from the disabled children's service.",
                     {"children-in-need", "disabled-children"}},
        SentenceCase{"ThreeAreasInOneVisit",
                     "The visit looked at the quality and impact of key decision-making for "
                     "children who need help and protection, children in care and care "
                     "leavers, together with the impact of leadership on service development.",
                     {"children-in-need", "children-in-care", "care-leavers"}},
        SentenceCase{"ExtraFamilialRisk",
                     "Inspectors looked at the local authority's arrangements for the protection "
                     "of vulnerable children from extra-familial risk.",
                     {"extra-familial-risk"}},
        SentenceCase{"ExploitationAndMissing",
                     "Inspectors looked at the local authority's arrangements for vulnerable "
                     "adolescents at risk of exploitation and children who go missing.",
                     {"extra-familial-risk"}},
        SentenceCase{"PlacementDecisions",
                     "Inspectors looked at the local authority's arrangements for placement "
                     "decisionmaking for older children.",
                     {"placement-decisions"}},
        SentenceCase{"PrivateFostering",
                     "Inspectors looked at the local authority's arrangements for children who "
                     "are privately fostered.",
                     {"privately-fostered"}},
        SentenceCase{"NoArea", "Inspectors looked at the local authority's arrangements.", {}}),
    [](const ::testing::TestParamInfo<SentenceCase>& info) {
      return std::string(info.param.name);
    });

TEST(FocusAreas, FindsAnAreaByIdOrLabelInAnyCase) {
  ASSERT_NE(areas().find("FRONT-DOOR"), nullptr);
  EXPECT_EQ(areas().find("Care leavers")->id, "care-leavers");
  EXPECT_EQ(areas().find("back-door"), nullptr);
}

TEST(FocusAreas, BadRowsNameTheFileAndLine) {
  auto dir = std::filesystem::temp_directory_path() / "ofsearch-focus-areas-test";
  std::filesystem::create_directories(dir);
  struct Case {
    std::string rows;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {"a\tA\tx\na\tA again\ty\n", ":3: focus area a is listed twice"},
           {"Bad Id\tA\tx\n", ":2: id 'Bad Id'"},
           {"a\tA\t\n", ":2: focus area a needs a label and cues"},
       }) {
    std::ofstream(dir / "focus_areas.tsv") << "id\tlabel\tcues\n" << c.rows;
    try {
      FocusAreas::load(dir / "focus_areas.tsv");
      ADD_FAILURE() << "no error for " << c.rows;
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("focus_areas.tsv" + c.message), std::string::npos)
          << e.what();
    }
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ofsearch
