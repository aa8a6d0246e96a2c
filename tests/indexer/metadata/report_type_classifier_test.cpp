#include "indexer/metadata/report_type_classifier.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "reference/reference_data.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

const ReportTypeClassifier& classifier() {
  static const ReportTypeClassifier c(reference_data().report_types, metadata_cues());
  return c;
}

struct TypeCase {
  const char* label;
  TypeEvidence evidence;
  const char* type;
};

class ReportTypeClassifierTest : public ::testing::TestWithParam<TypeCase> {};

TEST_P(ReportTypeClassifierTest, WeighsCuesByWhereTheyOccur) {
  EXPECT_EQ(classifier().classify(GetParam().evidence), GetParam().type);
}

const char* const kCouncilHead =
    "Report to: Children's Scrutiny Committee\nDate of meeting: 12 March 2020\n"
    "Report of the Director of Children's Services\n";

INSTANTIATE_TEST_SUITE_P(
    Evidence, ReportTypeClassifierTest,
    ::testing::Values(
        TypeCase{"ilacs title",
                 {"Inspection of Bournemouth, Christchurch and Poole local authority children's "
                  "services",
                  "", "", "Inspectors evaluated practice.", true, false},
                 "ilacs-inspection"},
        TypeCase{
            "letter under its own title whatever its body says",
            {"Focused visit to Leicestershire children's services", "", "",
             "The cabinet member and the portfolio holder met the scrutiny committee.", true, true},
            "focused-visit"},
        TypeCase{"a council paper about a visit is a committee report",
                 {"Ofsted focused visit", kCouncilHead, kCouncilHead,
                  "Ofsted carried out a focused visit to the council in May.", false, false},
                 "committee-report"},
        TypeCase{"news article quoting the report",
                 {"", "Council services praised",
                  "Council services praised\nOfsted said the council had improved. A council "
                  "spokesperson welcomed the report.",
                  "Ofsted said the council had improved.", false, false},
                 "news"},
        TypeCase{"sif title with the authority first",
                 {"Isle of Wight Council Inspection of services for children in need of help and "
                  "protection, children looked after and care leavers",
                  "", "", "", true, false},
                 "sif-inspection"},
        TypeCase{"monitoring visit named in the opening lines only",
                 {"", "", "This letter summarises the findings of the monitoring visit to Rutland.",
                  "This letter summarises the findings of the monitoring visit to Rutland.", false,
                  false},
                 "monitoring-visit"},
        TypeCase{"a title that is only a type's name does not decide",
                 {"Joint targeted area inspection", kCouncilHead, kCouncilHead, "", true, false},
                 "committee-report"},
        TypeCase{"no cue anywhere",
                 {"Annual report", "", "", "Children were seen.", false, false},
                 "other"}),
    [](const auto& info) { return testing::case_name(info.param.label, info.index); });

TEST(ReportTypeClassifier, TitleCuesAreTheOfstedReportTypesOnly) {
  auto cues = classifier().title_cues();
  auto has = [&](const char* cue) {
    return std::find(cues.begin(), cues.end(), cue) != cues.end();
  };
  EXPECT_TRUE(has("focused visit to"));
  EXPECT_TRUE(has("inspection of * local authority children's services"));
  EXPECT_TRUE(has("joint targeted area inspection"));
  EXPECT_FALSE(has("scrutiny committee"));  // committee-report: a container
  EXPECT_FALSE(has("said the report"));     // news: a container
}

}  // namespace
}  // namespace ofsearch
