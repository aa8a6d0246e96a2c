#include "indexer/metadata/metadata_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "indexer/segment/paragraph_segmenter.h"
#include "reference/reference_data.h"
#include "stemming/text_normaliser.h"
#include "support/case_name.h"
#include "support/seed_text.h"

namespace ofsearch {
namespace {

using testing::read_seed;

ReportMetadata extract_text(const std::string& raw) {
  const ReferenceData& ref = reference_data();
  std::string text = clean_text(raw);
  SegmentedText segmented = ParagraphSegmenter(ref.grades).segment(text);
  return MetadataExtractor(ref).extract(text, segmented);
}

std::string or_none(const std::optional<std::string>& v) { return v.value_or("(none)"); }
std::string or_none(const char* v) { return v ? v : "(none)"; }

// nullptr in an expectation means "the extractor must give nothing".
struct SeedCase {
  const char* file;
  const char* title;
  const char* type;
  const char* authority;
  const char* region;
  const char* date;
  const char* start;
  const char* end;
  const char* focus_theme;  // a theme the focus must carry; nullptr: no focus expected
};

class SeedMetadataTest : public ::testing::TestWithParam<SeedCase> {};

TEST_P(SeedMetadataTest, ExtractsWhatTheSeedPrints) {
  const SeedCase& c = GetParam();
  ReportMetadata m = extract_text(read_seed(c.file));
  if (c.title) {
    EXPECT_EQ(m.title, c.title);
  }
  EXPECT_FALSE(m.title.empty());
  EXPECT_EQ(m.report_type, c.type);
  EXPECT_EQ(or_none(m.authority), or_none(c.authority));
  EXPECT_EQ(or_none(m.region), or_none(c.region));
  EXPECT_EQ(or_none(m.date), or_none(c.date));
  EXPECT_EQ(or_none(m.inspection_start), or_none(c.start));
  EXPECT_EQ(or_none(m.inspection_end), or_none(c.end));
  if (c.focus_theme) {
    ASSERT_TRUE(m.focus.has_value());
    EXPECT_NE(std::find(m.focus_themes.begin(), m.focus_themes.end(), c.focus_theme),
              m.focus_themes.end())
        << *m.focus;
  }
}

INSTANTIATE_TEST_SUITE_P(
    BundledSeeds, SeedMetadataTest,
    ::testing::Values(
        SeedCase{"000_ca7f3efedd020b83.txt", "Focused visit to Rutland children's services",
                 "focused-visit", "Rutland", "East Midlands", "2022-02-23", "2022-01-19",
                 "2022-01-20", "children-in-care"},
        // A trade news article: no headline, no printed date.
        SeedCase{"001_671f85181b680613.txt", nullptr, "news", "Rutland", "East Midlands", nullptr,
                 nullptr, nullptr, "front-door"},
        SeedCase{"002_e52ea3f525227045.txt",
                 "Inspection of safeguarding and looked after children services Rutland",
                 "slac-inspection", "Rutland", "East Midlands", "2011-11-18", "2011-10-03",
                 "2011-10-14", nullptr},
        // A committee report about a focused visit: dated by its meeting, and the visit
        // it reports on gives the inspection dates.
        SeedCase{"003_c1979d4b7c0b285a.txt", "OFSTED FOCUSED VISIT", "committee-report", "Rutland",
                 "East Midlands", "2019-06-27", "2019-03-19", "2019-03-20", "front-door"},
        SeedCase{"004_5afff43e7ce7bb93.txt",
                 "Focused visit to Rotherham local authority children's services", "focused-visit",
                 "Rotherham", "Yorkshire and the Humber", "2019-04-15", "2019-03-21", "2019-03-22",
                 "permanence"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.file, info.index); });

TEST(SeedMetadata, FocusIsTheSentenceAsPrinted) {
  ReportMetadata m = extract_text(read_seed("000_ca7f3efedd020b83.txt"));
  EXPECT_EQ(or_none(m.focus),
            "Inspectors looked at the local authority's arrangements for children in care.");
  ReportMetadata committee = extract_text(read_seed("003_c1979d4b7c0b285a.txt"));
  EXPECT_EQ(or_none(committee.focus),
            "In Rutland inspectors looked at the local authority's arrangements for contacts and "
            "referrals.");
}

// Found by the text-pipeline fuzzer: a focus sentence with no full stop within its
// byte limit was cut inside a character, and the report's JSON record threw.
TEST(SeedMetadata, FocusCutAtItsLengthLimitKeepsWholeCharacters) {
  std::string seed = read_seed("000_ca7f3efedd020b83.txt");
  const std::string sentence = "arrangements for children in care.";
  std::size_t at = seed.find(sentence);
  ASSERT_NE(at, std::string::npos);
  std::string euros;
  for (int i = 0; i < 200; ++i) euros += "\xE2\x82\xAC";  // 3 bytes each, no space
  for (std::string pad : {"", "x", "xx"}) {               // every alignment of the cut
    std::string text = seed;
    text.insert(at + sentence.size(), pad + euros);
    ReportMetadata m = extract_text(text);
    ASSERT_TRUE(m.focus.has_value()) << "pad " << pad.size();
    EXPECT_GT(m.focus->size(), sentence.size()) << "the cut should fall in the euros";
    EXPECT_EQ(repair_utf8(*m.focus), *m.focus) << "pad " << pad.size();
  }
}

TEST(SeedMetadata, InspectionReportsStateNoFocus) {
  EXPECT_FALSE(extract_text(read_seed("002_e52ea3f525227045.txt")).focus.has_value());
}

// Openings as the real reports print them (PDF text: titles wrapped over lines).
struct TextCase {
  const char* name;
  const char* text;
  const char* title;  // nullptr: not checked
  const char* type;
  const char* authority;
  const char* date;
  const char* start;
  const char* end;
};

class TextMetadataTest : public ::testing::TestWithParam<TextCase> {};

TEST_P(TextMetadataTest, Extracts) {
  const TextCase& c = GetParam();
  ReportMetadata m = extract_text(c.text);
  if (c.title) {
    EXPECT_EQ(m.title, c.title);
  }
  EXPECT_EQ(m.report_type, c.type);
  EXPECT_EQ(or_none(m.authority), or_none(c.authority));
  EXPECT_EQ(or_none(m.date), or_none(c.date));
  EXPECT_EQ(or_none(m.inspection_start), or_none(c.start));
  EXPECT_EQ(or_none(m.inspection_end), or_none(c.end));
}

INSTANTIATE_TEST_SUITE_P(
    Openings, TextMetadataTest,
    ::testing::Values(
        // ILACS reports print no issue date: the inspection's last day stands in.
        TextCase{"IlacsWrappedTitle",
                 "Inspection of Bournemouth,\nChristchurch and Poole local authority\nchildren's "
                 "services\nInspection dates: 2 to 13 December 2024\nLead inspector: John "
                 "Roughton, His Majesty's Inspector\nJudgement\nGrade\nThe impact of leaders on "
                 "social work practice with children and families\nGood\n",
                 "Inspection of Bournemouth, Christchurch and Poole local authority children's "
                 "services",
                 "ilacs-inspection", "Bournemouth, Christchurch and Poole", "2024-12-13",
                 "2024-12-02", "2024-12-13"},
        TextCase{"IlacsFirstFrameworkTitle",
                 "Isle of Wight Council\nInspection of children's social care services\n"
                 "Inspection dates: 19 November 2018 to 30 November 2018\nLead inspector: "
                 "Tracey Scott\n",
                 "Isle of Wight Council Inspection of children's social care services",
                 "ilacs-inspection", "Isle of Wight", "2018-11-30", "2018-11-19", "2018-11-30"},
        TextCase{"SifWithPublicationDate",
                 "Metropolitan Borough of Barnsley\nCouncil\nInspection of services for children "
                 "in need of help and\nprotection, children looked after and care leavers\nand\n"
                 "Review of the effectiveness of the local safeguarding children\nboard1\n"
                 "Inspection date: 2 June 2014 - 25 June 2014\nReport published: 8 August 2014\n"
                 "The overall judgement is requires improvement\n",
                 nullptr, "sif-inspection", "Barnsley", "2014-08-08", "2014-06-02", "2014-06-25"},
        TextCase{"SifReinspection",
                 "Surrey County Council\nRe-inspection of services for children in need of help "
                 "and\nprotection, children looked after and care leavers\nInspection date: 26 "
                 "February 2018-22 March 2018\nReport published: 16 May 2018\n",
                 nullptr, "sif-inspection", "Surrey", "2018-05-16", "2018-02-26", "2018-03-22"},
        // Text extracted as one paragraph: authority, title and labels on one line.
        TextCase{"SifTitleLabelsOnOneLine",
                 "Manchester City Council Re-inspection of services for children in need of help "
                 "and protection, children looked after and care leavers Inspection dates: 9 "
                 "October to 2 November 2017 Report published: 21 December 2017\nChildren's "
                 "services in Manchester require improvement to be good\n",
                 "Manchester City Council Re-inspection of services for children in need of help "
                 "and protection, children looked after and care leavers",
                 "sif-inspection", "Manchester", "2017-12-21", "2017-10-09", "2017-11-02"},
        // The addressee's town (Leicester) is not the authority the title names.
        TextCase{"LetterTitleBeatsAddressee",
                 "Ofsted\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n16 June 2023\nJane "
                 "Moore\nChildren and Family Services Director\nCounty Hall\nGlenfield\n"
                 "Leicester\nLE3 8RA\nDear Ms Moore\nFocused visit to Leicestershire children's "
                 "services\nThis letter summarises the findings of the focused visit to "
                 "Leicestershire children's\nservices on 11 and 12 May 2023. His Majesty's "
                 "Inspectors for this visit were Rachel\nGriffiths and Nhlanganiso Nyathi.\n",
                 "Focused visit to Leicestershire children's services", "focused-visit",
                 "Leicestershire", "2023-06-16", "2023-05-11", "2023-05-12"},
        // No authority in the title: the addressee block names it.
        TextCase{"LetterAddresseeWhenTitleNamesNone",
                 "5 December 2023\nTim Aldridge\nExecutive Director of Children and Learning\n"
                 "Camden Council\n5 Pancras Square,\nLondon, N1C 4AG\nDear Tim,\nFocused visit to "
                 "children's services\nThis letter summarises the findings of the visit on 31 "
                 "October and 1 November 2023.\n",
                 "Focused visit to children's services", "focused-visit", "Camden", "2023-12-05",
                 "2023-10-31", "2023-11-01"},
        TextCase{"MonitoringVisitLetter",
                 "12 March 2020\nDear Ms Smith\nMonitoring visit to Lincolnshire children's "
                 "services\nThis letter summarises the findings of the monitoring visit to "
                 "Lincolnshire children's services on 4 and 5 February 2020.\n",
                 "Monitoring visit to Lincolnshire children's services", "monitoring-visit",
                 "Lincolnshire", "2020-03-12", "2020-02-04", "2020-02-05"},
        // A joint inspection letter is addressed to several bodies; its title names the area.
        TextCase{"JtaiLetter",
                 "25 April 2018\nCharlotte Ramsden, Strategic Director, Salford City Council\n"
                 "Ian Hopkins, Chief Constable, Greater Manchester Police\nDear local partners\n"
                 "Joint targeted area inspection of the multi-agency response to child sexual "
                 "exploitation in Salford\nBetween 5 and 9 March 2018, Ofsted, the Care Quality "
                 "Commission and HMI Constabulary carried out a joint inspection. This inspection "
                 "took place between 5 and 9 March 2018.\n",
                 "Joint targeted area inspection of the multi-agency response to child sexual "
                 "exploitation in Salford",
                 "jtai", "Salford", "2018-04-25", "2018-03-05", "2018-03-09"},
        // Other bodies are never the authority, however often they are named.
        TextCase{"OtherBodiesNeverWin",
                 "Leicestershire Police and Leicester Partnership NHS Trust work together. "
                 "Leicestershire Police attend strategy meetings. Leicestershire Police share "
                 "information.\n",
                 nullptr, "other", nullptr, nullptr, nullptr, nullptr},
        TextCase{"OtherBodiesBesideTheSubject",
                 "Focused visit to Rutland children's services\nLeicestershire Police attend "
                 "meetings. Leicestershire Police share information. Leicestershire Police are "
                 "engaged. Rutland leaders know their services.\n",
                 "Focused visit to Rutland children's services", "focused-visit", "Rutland",
                 nullptr, nullptr, nullptr},
        // A committee report titled after the visit is still a committee report, dated by
        // its meeting, and its council comes from its e-mail domain.
        TextCase{"CommitteeReport",
                 "CABINET\n14 March 2019\nOfsted focused visit\nReport of the Director of "
                 "Children's Services\nCabinet Member: Councillor A Smith\nContact officer: "
                 "jsmith@rutland.gov.uk\nThe focused visit took place on 5 and 6 February 2019.\n",
                 "Ofsted focused visit", "committee-report", "Rutland", "2019-03-14", "2019-02-05",
                 "2019-02-06"},
        // Council templates label their fields; a weekday may precede the meeting date.
        TextCase{"CommitteeReportWithLabels",
                 "Report to: Children and Young People Scrutiny Panel\nDate of meeting: "
                 "Tuesday 12 March 2019\nReport title: Ofsted focused visit of children's "
                 "services\nPortfolio holder: Councillor B Jones\nThe focused visit was on 5 "
                 "and 6 February 2019. Rotherham leaders welcomed it.\n",
                 "Ofsted focused visit of children's services", "committee-report", "Rotherham",
                 "2019-03-12", "2019-02-05", "2019-02-06"},
        // A letter whose subject line names no report type: the line after "Dear".
        TextCase{"LetterSubjectAfterSalutation",
                 "14 May 2012\nMr J Smith\nDirector of Children's Services\nRutland County "
                 "Council\nDear Mr Smith\nAnnual unannounced inspection of contact, referral and "
                 "assessment arrangements within Rutland County Council children's services\n"
                 "This letter summarises the findings of the inspection.\n",
                 "Annual unannounced inspection of contact, referral and assessment arrangements "
                 "within Rutland County Council children's services",
                 "other", "Rutland", "2012-05-14", nullptr, nullptr},
        TextCase{"CommitteeMeetingNumericDate",
                 "Meeting: 18/12/2018 - Cabinet (Item 11)\nJoint Targeted Area Inspection\nThis "
                 "report provided details of the key findings from the Joint Targeted Area "
                 "Inspection (JTAI) in Medway. The Overview and Scrutiny Committee considered this "
                 "report on 4 December 2018.\nPortfolio holder: Councillor C Brown\n",
                 "Joint Targeted Area Inspection", "committee-report", "Medway", "2018-12-18",
                 nullptr, nullptr},
        TextCase{"NewsWithAmericanStyleDate",
                 "Rotherham children's services praised\nWednesday, April 10, 2024\nChildren's "
                 "services in Rotherham are improving, Ofsted has said.\n",
                 nullptr, "news", "Rotherham", "2024-04-10", nullptr, nullptr},
        TextCase{"NewsDateWithByline",
                 "Rotherham children's services praised\n12 May 2019 by Jo Bloggs\nChildren's "
                 "services in Rotherham are improving, Ofsted has said.\n",
                 nullptr, "news", "Rotherham", "2019-05-12", nullptr, nullptr},
        TextCase{"NewsArticle",
                 "Children's services in Rotherham are improving, Ofsted has said.\nInspectors "
                 "said leaders know their services well, said the report.\n",
                 nullptr, "news", "Rotherham", nullptr, nullptr, nullptr},
        // Never a date the text does not print, and never an impossible one.
        TextCase{"NoDates", "Rutland children's services are good.\n", nullptr, "other", "Rutland",
                 nullptr, nullptr, nullptr},
        // A letter under its own title is that report, whatever council roles its
        // findings name (a real letter praised its "lead portfolio holder").
        TextCase{"LetterNamingCouncilRolesStaysAFocusedVisit",
                 "14 October 2019\nDear Cath\nFocused visit to Rutland children's services\n"
                 "This letter summarises the findings of the focused visit to Rutland "
                 "children's services on 10 and 11 September 2019.\nThere is an aspirational "
                 "culture created by the senior leadership team and lead\nportfolio holder. The "
                 "lead member and the scrutiny committee challenge well.\n",
                 "Focused visit to Rutland children's services", "focused-visit", "Rutland",
                 "2019-10-14", "2019-09-10", "2019-09-11"},
        TextCase{"SifUnderItsOwnTitleNamingCouncilRoles",
                 "Rutland County Council\nInspection of services for children in need of help "
                 "and\nprotection, children looked after and care leavers\nInspection date: 2 "
                 "June 2014 - 25 June 2014\nReport published: 8 August 2014\nThe lead member "
                 "and the portfolio holder know their services. The overview and scrutiny "
                 "committee is effective.\n",
                 nullptr, "sif-inspection", "Rutland", "2014-08-08", "2014-06-02", "2014-06-25"},
        // A council paper headed with an Ofsted report's own title is still the paper when
        // its form shows above that title.
        TextCase{"CommitteePaperHeadedWithAVisitTitle",
                 "Report to Cabinet\n12 March 2019\nFocused visit to Rutland children's "
                 "services\nPortfolio holder: Councillor B Jones\nThe focused visit was on 5 "
                 "and 6 February 2019.\n",
                 "Focused visit to Rutland children's services", "committee-report", "Rutland",
                 "2019-03-12", "2019-02-05", "2019-02-06"},
        TextCase{"ImpossibleLetterDate",
                 "31 February 2022\nDear Ms Godfrey\nFocused visit to Rutland children's "
                 "services\nThis letter summarises the visit.\n",
                 nullptr, "focused-visit", "Rutland", nullptr, nullptr, nullptr}),
    [](const ::testing::TestParamInfo<TextCase>& info) { return std::string(info.param.name); });

// Dates that do not cross-check keep their printed values and carry a warning.
struct WarningCase {
  const char* name;
  const char* text;
  const char* date;     // kept as printed
  const char* warning;  // a warning must contain this; nullptr: no warning at all
};

class DateWarningTest : public ::testing::TestWithParam<WarningCase> {};

TEST_P(DateWarningTest, KeepsThePrintedDateAndWarns) {
  const WarningCase& c = GetParam();
  ReportMetadata m = extract_text(c.text);
  EXPECT_EQ(or_none(m.date), or_none(c.date));
  std::string all;
  for (const auto& w : m.warnings) all += w + "\n";
  if (!c.warning) {
    EXPECT_TRUE(m.warnings.empty()) << all;
  } else {
    EXPECT_NE(all.find(c.warning), std::string::npos) << all;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Letters, DateWarningTest,
    ::testing::Values(
        // A real letter's typo: dated 21 January 2019 for a visit in December 2019.
        WarningCase{"LetterDatedBeforeItsVisit",
                    "21 January 2019\nDear Ms Smith\nFocused visit to Rutland children's "
                    "services\nThis letter summarises the findings of the focused visit to "
                    "Rutland children's services on 18 and 19 December 2019.\n",
                    "2019-01-21",
                    "dated 2019-01-21, before the visit it reports (2019-12-18 to "
                    "2019-12-19)"},
        WarningCase{"DateInTheFuture",
                    "12 March 2098\nDear Ms Smith\nMonitoring visit to Lincolnshire children's "
                    "services\nThis letter summarises the findings of the monitoring visit to "
                    "Lincolnshire children's services on 4 and 5 February 2098.\n",
                    "2098-03-12", "dated 2098-03-12, which is in the future"},
        WarningCase{"ConsistentLetter",
                    "12 March 2020\nDear Ms Smith\nMonitoring visit to Lincolnshire children's "
                    "services\nThis letter summarises the findings of the monitoring visit to "
                    "Lincolnshire children's services on 4 and 5 February 2020.\n",
                    "2020-03-12", nullptr},
        // A council paper may be dated before a visit it announces.
        WarningCase{"CommitteePaperBeforeAVisit",
                    "Report to Cabinet\n12 March 2019\nOfsted focused visit\nPortfolio "
                    "holder: Councillor B Jones\nThe focused visit will be on 5 and 6 June "
                    "2019.\n",
                    "2019-03-12", nullptr}),
    [](const ::testing::TestParamInfo<WarningCase>& info) { return std::string(info.param.name); });

TEST(SeedMetadata, FocusAreasOfTheSeedVisits) {
  struct Case {
    const char* file;
    std::vector<std::string> areas;
  };
  for (const Case& c :
       {Case{"000_ca7f3efedd020b83.txt", {"children-in-care"}},
        Case{"003_c1979d4b7c0b285a.txt", {"front-door"}}, Case{"002_e52ea3f525227045.txt", {}}}) {
    EXPECT_EQ(extract_text(read_seed(c.file)).focus_areas, c.areas) << c.file;
  }
}

TEST(VisitDates, TakesTheRangeInTheVisitSentenceNotEarlierDates) {
  std::string text =
      "27 June 2019\nThe annual meeting was on 3 June 2019.\nThe focused visit on 19 and 20 "
      "March 2019 found strengths.";
  auto range = visit_dates(text, metadata_cues());
  ASSERT_TRUE(range.has_value());
  EXPECT_EQ(range->start, "2019-03-19");
  EXPECT_EQ(range->end, "2019-03-20");
}

TEST(FocusSentence, IncludesTheBulletListItIntroduces) {
  std::string text =
      "Inspectors looked at the local authority's arrangements for care leavers, with a "
      "particular focus on:\n\u2022 accommodation\n\u2022 education, employment and "
      "training.\nOverview\nLeaders are ambitious.";
  EXPECT_EQ(or_none(focus_sentence(text, metadata_cues())),
            "Inspectors looked at the local authority's arrangements for care leavers, with a "
            "particular focus on: accommodation; education, employment and training.");
}

TEST(FocusSentence, IgnoresACueInsideALongerSentence) {
  std::string text = "Some of the children whose cases inspectors reviewed would have benefited.";
  EXPECT_FALSE(focus_sentence(text, metadata_cues()).has_value());
}

}  // namespace
}  // namespace ofsearch
