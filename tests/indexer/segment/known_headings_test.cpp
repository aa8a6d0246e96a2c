// Headings a report type prints as written (segmenter_cues.tsv known_heading): Area SEND
// reports' question headings, wrapped or not, are sections beside each other, not
// paragraphs nested under "Information about the local area partnership"; a JTAI letter's
// "Main findings" is not inside "What needs to improve?"; the partnership's names and
// addresses under "Local area partnership details" are boilerplate.
#include <gtest/gtest.h>

#include <string>

#include "indexer/segment/segmenter_test_fixture.h"
#include "stemming/strings.h"

namespace ofsearch {
namespace {

using testing::SegmenterTest;

const char kAreaSend[] =
    "Inspection outcome\n\n"
    "The local area partnership's arrangements lead to inconsistent experiences and\n"
    "outcomes for children and young people with SEND.\n\n"
    "Information about the local area partnership\n\n"
    "Milton Keynes City Council and the integrated care board are responsible for the\n"
    "services.\n\n"
    "What is it like to be a child or young person with special\n"
    "educational needs and/or disabilities (SEND) in this area?\n\n"
    "Many children and young people in Milton Keynes receive effective support.\n\n"
    "What is the area partnership doing that is effective?\n\n"
    "Leaders are ambitious for children and young people.\n\n"
    "What does the area partnership need to do better?\n\n"
    "The use of shared data at a strategic level is underdeveloped.\n"
    "Local area partnership details\n\n"
    "Local authority\n\n"
    "Milton Keynes City Council\n\n"
    "Civic Offices 1 Saxon Gate Milton Keynes MK9 3EJ\n\n"
    "Information about this inspection\n\n"
    "This inspection was carried out at the request of the Secretary of State.\n";

std::string section_of(const SegmentedText& s, const std::string& phrase) {
  for (const auto& p : s.paragraphs)
    if (p.text.find(phrase) != std::string::npos) return join(p.section, " > ");
  return "(no paragraph: " + phrase + ")";
}

TEST_F(SegmenterTest, AreaSendQuestionHeadingsAreSectionsBesideEachOther) {
  SegmentedText s = segment(kAreaSend);
  EXPECT_EQ(section_of(s, "receive effective support"),
            "What is it like to be a child or young person with special educational needs "
            "and/or disabilities (SEND) in this area?");
  EXPECT_EQ(section_of(s, "Leaders are ambitious"),
            "What is the area partnership doing that is effective?");
  EXPECT_EQ(section_of(s, "shared data"), "What does the area partnership need to do better?");
  for (const auto& p : s.paragraphs) EXPECT_NE(p.text.back(), '?') << p.text;
}

TEST_F(SegmenterTest, PartnershipDetailsTableIsBoilerplateUpToTheNextHeading) {
  SegmentedText s = segment(kAreaSend);
  const Paragraph* address = containing(s, "Saxon Gate");
  ASSERT_NE(address, nullptr);
  EXPECT_TRUE(address->boilerplate);
  EXPECT_EQ(join(address->section, " > "), "Local area partnership details");
  const Paragraph* after = containing(s, "at the request of");
  ASSERT_NE(after, nullptr);
  EXPECT_FALSE(after->boilerplate);
  EXPECT_EQ(join(after->section, " > "), "Information about this inspection");
  // The heading follows a sentence with no blank line between and still heads its table.
  EXPECT_EQ(section_of(s, "shared data"), "What does the area partnership need to do better?");
}

TEST_F(SegmenterTest, JtaiMainFindingsIsNotInsideWhatNeedsToImprove) {
  SegmentedText s = segment(
      "Headline findings\n\nMost children in Barnsley receive the right support.\n\n"
      "What needs to improve?\n\nThe quality of referrals to the MASH.\n\n"
      "Main findings\n\nThe BSCP has recently experienced changes.\n\n"
      "Next steps\n\nWe have determined that Barnsley is the principal authority.\n");
  EXPECT_EQ(section_of(s, "quality of referrals"), "What needs to improve?");
  EXPECT_EQ(section_of(s, "recently experienced"), "Main findings");
  EXPECT_EQ(section_of(s, "principal authority"), "Next steps");
}

}  // namespace
}  // namespace ofsearch
