// The whole pipeline (file -> text -> paragraphs -> tagged report) on the five
// bundled documents: what `ofsearch reports` and `show` must say about them.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

Report build(const std::string& name) {
  return build_report_from_file(OFSEARCH_SOURCE_DIR "/corpus/reports/" + name, {},
                                reference_data());
}

struct Expected {
  const char* file;
  const char* authority;
  const char* region;
  const char* type;
  const char* date;  // nullptr: none
  const char* inspection_start;
  const char* inspection_end;
};

class BundledReportTest : public ::testing::TestWithParam<Expected> {};

TEST_P(BundledReportTest, HasItsAuthorityTypeAndDates) {
  const Expected& e = GetParam();
  Report r = build(e.file);
  EXPECT_EQ(r.authority.value_or("-"), e.authority);
  EXPECT_EQ(r.region.value_or("-"), e.region);
  EXPECT_EQ(r.report_type, e.type);
  EXPECT_EQ(r.date.value_or("-"), e.date ? e.date : "-");
  EXPECT_EQ(r.inspection_start.value_or("-"), e.inspection_start ? e.inspection_start : "-");
  EXPECT_EQ(r.inspection_end.value_or("-"), e.inspection_end ? e.inspection_end : "-");
  EXPECT_GT(r.paragraphs.size(), 5u);
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, BundledReportTest,
    ::testing::Values(Expected{"000_ca7f3efedd020b83.txt", "Rutland", "East Midlands",
                               "focused-visit", "2022-02-23", "2022-01-19", "2022-01-20"},
                      Expected{"001_671f85181b680613.txt", "Rutland", "East Midlands", "news",
                               nullptr, nullptr, nullptr},
                      Expected{"002_e52ea3f525227045.txt", "Rutland", "East Midlands",
                               "slac-inspection", "2011-11-18", "2011-10-03", "2011-10-14"},
                      Expected{"003_c1979d4b7c0b285a.txt", "Rutland", "East Midlands",
                               "committee-report", "2019-06-27", "2019-03-19", "2019-03-20"},
                      Expected{"004_5afff43e7ce7bb93.txt", "Rotherham", "Yorkshire and the Humber",
                               "focused-visit", "2019-04-15", "2019-03-21", "2019-03-22"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.file, info.index); });

std::map<int, std::string> rutland_2011_grades() {
  std::map<int, std::string> grade;  // printed paragraph number -> expected section grade
  auto set = [&](int from, int to, const char* g) {
    for (int n = from; n <= to; ++n) grade[n] = g;
  };
  set(1, 10, "");  // About this inspection, judgement key, service information
  set(11, 13, "adequate");
  set(14, 16, "adequate");  // capacity for improvement (16: its areas for improvement)
  set(17, 24, "good");
  set(25, 33, "adequate");
  set(34, 39, "good");
  set(40, 42, "good");
  set(54, 58, "good");
  set(59, 61, "good");
  set(62, 64, "good");
  set(65, 70, "outstanding");
  set(71, 74, "outstanding");
  set(75, 79, "good");
  set(80, 83, "adequate");
  set(84, 88, "outstanding");
  set(89, 95, "good");
  set(96, 98, "good");
  set(99, 102, "good");
  set(103, 106, "adequate");
  return grade;
}

TEST(Rutland2011Test, EveryNumberedParagraphCarriesItsSectionGrade) {
  Report r = build("002_e52ea3f525227045.txt");
  std::map<int, const Paragraph*> by_number;
  for (const auto& p : r.paragraphs) {
    if (p.number && std::all_of(p.number->begin(), p.number->end(), ::isdigit)) {
      EXPECT_EQ(by_number.count(std::stoi(*p.number)), 0u) << "paragraph " << *p.number << " twice";
      by_number[std::stoi(*p.number)] = &p;
    }
  }
  for (int n = 1; n <= 106; ++n) ASSERT_TRUE(by_number.count(n)) << "paragraph " << n << " missing";
  for (const auto& [n, grade] : rutland_2011_grades()) {
    const Paragraph* p = by_number[n];
    EXPECT_EQ(p->grade ? p->grade->word : "", grade) << "paragraph " << n;
  }
  EXPECT_EQ(by_number[11]->overall_grade->word, "adequate");
  EXPECT_EQ(by_number[58]->overall_grade->word, "adequate");
  EXPECT_EQ(by_number[59]->overall_grade->word, "good");
  EXPECT_EQ(by_number[106]->overall_grade->word, "good");
}

TEST(Rutland2011Test, PageBreakFragmentsAreJoined) {
  Report r = build("002_e52ea3f525227045.txt");
  auto contains = [&](const std::string& words) {
    return std::any_of(r.paragraphs.begin(), r.paragraphs.end(),
                       [&](const Paragraph& p) { return p.text.find(words) != std::string::npos; });
  };
  EXPECT_TRUE(contains("four children's centres, two of which are satellite centres"));
  EXPECT_TRUE(contains("since the unannounced inspection of contact, referral and assessment"));
  EXPECT_TRUE(contains("a workforce strategy and there is evidence of training"));
}

TEST(Rutland2011Test, JudgementsComeFromTheRecordOfMainFindings) {
  Report r = build("002_e52ea3f525227045.txt");
  auto find = [&](const std::string& part, const std::string& area) -> std::string {
    for (const auto& j : r.judgements) {
      if (j.part == part && j.area == area) return j.grade.word;
    }
    return "";
  };
  EXPECT_EQ(find("Safeguarding services", "Overall effectiveness"), "adequate");
  EXPECT_EQ(find("Services for looked after children", "Overall effectiveness"), "good");
  EXPECT_EQ(find("Services for looked after children", "Being healthy"), "outstanding");
}

TEST(BoilerplateTest, LetterheadsSignOffsAndContentsAreFlagged) {
  auto flagged = [](const Report& r, const std::string& words) {
    for (const auto& p : r.paragraphs) {
      if (p.text.find(words) != std::string::npos) return p.boilerplate;
    }
    ADD_FAILURE() << "no paragraph with '" << words << "'";
    return false;
  };
  Report letter = build("000_ca7f3efedd020b83.txt");
  EXPECT_TRUE(flagged(letter, "Piccadilly Gate"));
  EXPECT_TRUE(flagged(letter, "Dear Ms Godfrey"));
  EXPECT_FALSE(flagged(letter, "Children in care are seen regularly"));
  Report rotherham = build("004_5afff43e7ce7bb93.txt");
  EXPECT_TRUE(flagged(rotherham, "Yours sincerely"));
  EXPECT_FALSE(flagged(rotherham, "workers can articulate their plans"));
  Report slac = build("002_e52ea3f525227045.txt");
  int contents = 0;  // contents lines name later headings; they are all flagged
  for (const auto& p : slac.paragraphs) {
    if (p.text.find("Record of main findings") == std::string::npos) continue;
    ++contents;
    EXPECT_TRUE(p.boilerplate) << p.text;
  }
  EXPECT_GE(contents, 1);
  EXPECT_TRUE(flagged(slac, "may be reproduced in whole or in part"));
  Report news = build("001_671f85181b680613.txt");
  EXPECT_TRUE(flagged(news, "Christmas Tree Decorating Competition"));
  EXPECT_FALSE(flagged(news, "Contacts and referrals received from a range of agencies"));
}

TEST(ThemesTest, ParagraphsAreTaggedWithTheirThemes) {
  Report letter = build("000_ca7f3efedd020b83.txt");
  for (const auto& p : letter.paragraphs) {
    if (p.text.find("gaps in the data for children who go missing") != std::string::npos) {
      EXPECT_NE(std::find(p.themes.begin(), p.themes.end(), "missing-children"), p.themes.end());
      return;
    }
  }
  FAIL() << "paragraph not found";
}

}  // namespace
}  // namespace ofsearch
