// Joint inspections' metadata on their openings as the PDFs print them, one row per
// layout seen: the 2016-19 JTAI letters ("Between 12 and 16 September 2016, Ofsted ...
// undertook a joint inspection", a 'deep dive' sentence), the letters from 2022 ("This
// letter summarises the findings ... This inspection took place from"), Area SEND reports
// of each outcome, and the SEND local area letters of 2016-22.
#include "indexer/metadata/joint_inspection.h"

#include <gtest/gtest.h>

#include <string>

#include "indexer/metadata/metadata_extractor.h"
#include "indexer/segment/paragraph_segmenter.h"
#include "reference/reference_data.h"
#include "stemming/strings.h"
#include "stemming/text_normaliser.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

ReportMetadata extract_text(const std::string& raw) {
  const ReferenceData& ref = reference_data();
  std::string text = clean_text(raw);
  SegmentedText segmented = ParagraphSegmenter(ref.grades).segment(text);
  return MetadataExtractor(ref).extract(text, segmented);
}

struct JointCase {
  const char* name;
  const char* text;
  const char* type;
  const char* authority;
  const char* date;
  const char* date_source;
  const char* start;
  const char* end;
  const char* theme;    // "" when none
  const char* outcome;  // "" when none
  const char* agencies;
};

const JointCase kCases[] = {
    {"Jtai2016DeepDiveDomesticAbuse",
     "28 October 2016\n\nCharlotte Ramsden, Strategic Director for Children's and Adults "
     "Services, Salford\nlocal authority\n\nDear local partnership\n\nJoint targeted area "
     "inspection of the multi-agency response to abuse and\nneglect in Salford\n\nBetween 12 "
     "and 16 September 2016, Ofsted, the Care Quality Commission (CQC),\nHMI Constabulary "
     "(HMIC) and HMI Probation (HMI Probation) undertook a joint\ninspection of the multi-agency "
     "response to abuse and neglect in Salford. This\ninspection included a 'deep dive' focus on "
     "the response to children living with\ndomestic abuse.\n\nThis letter to all the service "
     "leaders in the area outlines our findings.\n",
     "jtai", "Salford", "2016-10-28", "printed", "2016-09-12", "2016-09-16", "domestic-abuse", "",
     "ofsted,cqc,hmicfrs,hmip"},
    {"Jtai2018DatesWithMonthsOnBothDays",
     "23 November 2018\n\nTrevor Doughty, Director of Children's Services, Cornwall Council\n\n"
     "Dear local partnership\n\nJoint targeted area inspection of the multi-agency response to "
     "sexual abuse\nin the family in Cornwall\n\nBetween 8 October 2018 and 12 October 2018, "
     "Ofsted, the Care Quality Commission\n(CQC), HM Inspectorate of Constabulary and Fire and "
     "Rescue services (HMICFRS) and\nHMI Probation (HMI Probation) undertook a joint inspection "
     "of the multi-agency\nresponse to sexual abuse in the family environment in Cornwall. This "
     "inspection\nincluded a 'deep dive' focus on the response to sexual abuse in the family\n"
     "environment.\n",
     "jtai", "Cornwall", "2018-11-23", "printed", "2018-10-08", "2018-10-12",
     "sexual-abuse-in-family", "", "ofsted,cqc,hmicfrs,hmip"},
    {"Jtai2018ThemeFromTheTitleWhenTheDeepDiveNamesNone",
     "9 May 2018\n\nFlorence Kroll, Director of Children's Services\n\nDear local partnership\n\n"
     "Joint targeted area inspection of the multi-agency response to child sexual\nexploitation, "
     "children associated with gangs and at risk of exploitation and\nchildren missing from "
     "home, care or education in Greenwich\n\nBetween 12 and 16 February 2018, Ofsted, the Care "
     "Quality Commission (CQC), HMI\nConstabulary and Fire & Rescue Services (HMICFRS) and HMI "
     "Probation (HMI Prob)\nundertook a joint inspection of the multi-agency response to children "
     "who go\nmissing in Greenwich. The inspection included a 'deep dive' focus on a number of\n"
     "cases in which these issues were known to be concerns.\n",
     "jtai", "Greenwich", "2018-05-09", "printed", "2018-02-12", "2018-02-16", "child-exploitation",
     "", "ofsted,cqc,hmicfrs,hmip"},
    {"Jtai2022LetterSummarisesTheFindings",
     "21 February 2022\n\nTim Browne, Director of Children's Services and Skills, Solihull "
     "Metropolitan Borough\nCouncil\n\nDear Solihull Local Safeguarding Partnership\n\nJoint "
     "targeted area inspection of Solihull\n\nThis letter summarises the findings of the joint "
     "targeted area inspection (JTAI) of the\nmulti-agency response to the identification of "
     "initial need and risk in Solihull.\n\nThe Secretaries of State requested that Her "
     "Majesty's Chief Inspector of Education,\nChildren's Services and Skills (HMCI), together "
     "with the Care Quality Commission (CQC),\nthe Chief Inspector of Constabulary and Fire & "
     "Rescue Services (HMICFRS) and the Chief\nInspector of Probation (HMIP) for England and "
     "Wales, carry out a JTAI in Solihull.\n\nThis inspection took place from 10 to 14 January "
     "2022.\n\nHeadline findings\n\nChildren in need of help and protection in Solihull wait too "
     "long.\n",
     "jtai", "Solihull", "2022-02-21", "printed", "2022-01-10", "2022-01-14",
     "initial-need-and-risk", "", "ofsted,cqc,hmicfrs,hmip"},
    {"Jtai2023IdentificationAndResponse",
     "31 January 2023\n\nPinaki Ghoshal, Executive Director for Children and Young People, "
     "Lewisham Council\n\nDear Lewisham Local Safeguarding Partnership\n\nJoint targeted area "
     "inspection of London Borough of Lewisham\n\nThis letter summarises the findings of the "
     "joint targeted area inspection (JTAI) of the\nmulti-agency identification and response to "
     "initial need and risk in the London\nBorough of Lewisham.\n\nThis inspection took place "
     "from 21 to 25 November 2022. It was carried out by\ninspectors from Ofsted, the Care "
     "Quality Commission (CQC) and His Majesty's\nInspectorate of Constabulary and Fire & Rescue "
     "Services (HMICFRS).\n",
     "jtai", "Lewisham", "2023-01-31", "printed", "2022-11-21", "2022-11-25",
     "initial-need-and-risk", "", "ofsted,cqc,hmicfrs"},
    {"Jtai2023EarlyHelp",
     "2 May 2023\n\nRachael Wardell, Director of Children's Services, Surrey County Council\n\n"
     "Dear Surrey Local Safeguarding Partnership\n\nJoint targeted area inspection of Surrey\n\n"
     "This letter summarises the findings of the joint targeted area inspection (JTAI) of the\n"
     "multi-agency response to children and families in Surrey who need help.\n\nThis "
     "inspection took place from 6 to 10 March 2023. It was carried out by inspectors\nfrom "
     "Ofsted, the Care Quality Commission (CQC) and His Majesty's Inspectorate of\nConstabulary "
     "and Fire & Rescue Services (HMICFRS).\n",
     "jtai", "Surrey", "2023-05-02", "printed", "2023-03-06", "2023-03-10", "early-help", "",
     "ofsted,cqc,hmicfrs"},
    {"AreaSendInconsistentExperiences",
     "Local Area Partnership report\n\nArea SEND inspection of Cornwall Local Area Partnership\n\n"
     "Inspection dates: 6 to 10 February 2023\nDates of previous inspection: 3 to 7 July 2017\n\n"
     "Inspection outcome\n\nThe local area partnership's arrangements lead to inconsistent "
     "experiences and\noutcomes for children and young people with special educational needs "
     "and/or\ndisabilities (SEND). The local area partnership must work jointly to make\n"
     "improvements.\n\nOfsted and CQC ask that the local area partnership updates and publishes "
     "its strategic\nplan.\n\nInformation about the local area partnership\n\nCornwall Council "
     "and Cornwall and the Isles of Scilly Integrated Care Board (ICB) are\nresponsible for "
     "commissioning the services.\n",
     "area-send-inspection", "Cornwall", "2023-02-10", "last inspection day", "2023-02-06",
     "2023-02-10", "", "inconsistent", "ofsted,cqc"},
    {"AreaSendPositiveExperiencesWordedAroundSend",
     "Local area partnership report\n\nArea SEND inspection of Richmond upon Thames Local Area "
     "Partnership\n\nInspection dates: 2 to 6 October 2023\n\nInspection outcome\n\nThe local "
     "area partnership's special educational needs and/or disability (SEND)\narrangements "
     "typically lead to positive experiences and outcomes for children and\nyoung people with "
     "SEND. The local area partnership is taking action where\nimprovements are needed.\n\n"
     "Ofsted and CQC ask that the local area partnership updates its plan.\n",
     "area-send-inspection", "Richmond upon Thames", "2023-10-06", "last inspection day",
     "2023-10-02", "2023-10-06", "", "positive", "ofsted,cqc"},
    {"AreaSendSystemicFailings",
     "Local area partnership report\n\nArea SEND inspection of Rutland Local Area Partnership\n\n"
     "Inspection dates: 15 to 19 May 2023\n\nInspection outcome\n\nThere are widespread and/or "
     "systemic failings leading to significant concerns about\nthe experiences and outcomes of "
     "children and young people with special educational\nneeds and/or disabilities (SEND), "
     "which the local area partnership must address\nurgently.\n\nOfsted and CQC require the "
     "local area partnership to prepare and submit a priority\naction plan.\n",
     "area-send-inspection", "Rutland", "2023-05-19", "last inspection day", "2023-05-15",
     "2023-05-19", "", "systemic-failings", "ofsted,cqc"},
    {"SendLocalAreaLetter2017",
     "15 August 2017\n\nMr Trevor Doughty\nDirector of Children's Services, Cornwall Council\n\n"
     "Dear Mr Doughty\n\nJoint local area SEND inspection in Cornwall\n\nBetween 3 July 2017 and "
     "7 July 2017, Ofsted and the Care Quality Commission (CQC)\nconducted a joint inspection of "
     "the local area of Cornwall to judge the effectiveness\nof the area in implementing the "
     "disability and special educational needs reforms.\n",
     "send-local-area-inspection", "Cornwall", "2017-08-15", "printed", "2017-07-03", "2017-07-07",
     "", "", "ofsted,cqc"},
};

class JointInspectionTest : public ::testing::TestWithParam<JointCase> {};

TEST_P(JointInspectionTest, ReadsWhatTheReportPrints) {
  const JointCase& c = GetParam();
  ReportMetadata m = extract_text(c.text);
  EXPECT_EQ(m.report_type, c.type);
  EXPECT_EQ(m.authority.value_or(""), c.authority);
  EXPECT_EQ(m.date.value_or(""), c.date);
  EXPECT_EQ(m.date_source, c.date_source);
  EXPECT_EQ(m.inspection_start.value_or(""), c.start);
  EXPECT_EQ(m.inspection_end.value_or(""), c.end);
  EXPECT_EQ(join(m.focus_areas, ","), c.theme);
  if (*c.theme) {
    ASSERT_TRUE(m.focus.has_value());
  }
  EXPECT_EQ(m.outcome.value_or(""), c.outcome);
  EXPECT_EQ(join(m.agencies, ","), c.agencies);
}

INSTANTIATE_TEST_SUITE_P(Layouts, JointInspectionTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(JointInspectionReaders, AThemeIsReadOnlyFromTheWordsAfterTheCue) {
  // "... response to abuse and neglect in Salford." names neglect; its deep dive names the
  // theme the series inspected, and the deep dive is trusted first.
  std::string text =
      "Joint targeted area inspection of the multi-agency response to abuse and neglect in "
      "Bradford. This inspection included a 'deep dive' focus on the response to children "
      "living with domestic abuse.";
  auto theme = read_jtai_theme(text, metadata_cues(), reference_data().jtai_themes);
  ASSERT_TRUE(theme.has_value());
  EXPECT_EQ(theme->theme, "domestic-abuse");
}

TEST(JointInspectionReaders, NoOutcomeWhereTheReportStatesNone) {
  EXPECT_FALSE(
      read_send_outcome("Joint local area SEND revisit in Surrey. Inspectors found "
                        "sufficient progress in addressing the weaknesses.",
                        metadata_cues(), reference_data().send_outcomes));
  EXPECT_TRUE(
      read_inspectorates("Ofsted inspected the service.", reference_data().inspectorates).empty());
}

}  // namespace
}  // namespace ofsearch
