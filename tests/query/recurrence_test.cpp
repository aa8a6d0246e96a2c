// Recurrence (query/recurrence.h) on reports written for it: a point a later report lists
// again is "raised again", one a later finding discusses is "discussed later", one no later
// report mentions is "not found"; another authority's reports never count; a lead-in
// ending in ':' takes its lower-case items; a cited framework is not part of a point.
#include "query/recurrence.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "index/index_writer.h"
#include "index/report_catalog.h"
#include "reference/reference_data.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

Paragraph paragraph(int ordinal, const std::string& section, const std::string& text) {
  Paragraph p;
  p.ordinal = ordinal;
  p.section = {section};
  p.text = text;
  return p;
}

Report report(const std::string& id, const std::string& authority, const std::string& date,
              std::vector<Paragraph> paragraphs) {
  Report r;
  r.report_id = id;
  r.source = id + ".txt";
  r.title = id;
  r.authority = authority;
  r.report_type = "ilacs-inspection";
  r.date = date;
  r.content_hash = id;
  r.paragraphs = std::move(paragraphs);
  return r;
}

class RecurrenceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::path(::testing::TempDir()) / ("recurrence-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    IndexWriter writer(dir_, false);
    const char* improve = "What needs to improve?";
    writer.add(report(
        "first", "Rutland", "2019-05-08",
        {paragraph(1, improve, "The quality of supervision and management oversight of practice."),
         paragraph(2, improve,
                   "The timeliness of return home interviews for children who go missing."),
         paragraph(3, improve, "Placement sufficiency for older children in care."),
         paragraph(4, improve, "The quality of oversight and monitoring of:"),
         paragraph(5, improve, "the pre-proceedings process in the Public Law Outline"),
         paragraph(6, improve, "private fostering arrangements.")}));
    writer.add(report(
        "second", "Rutland", "2022-02-23",
        {paragraph(1, improve,
                   "The consistency of supervision and management oversight for social workers. "
                   "(Enabler two, National Framework)"),
         paragraph(2, "Main findings",
                   "Return home interviews for children who go missing are not timely, so what "
                   "children say about the risks they face is not known."),
         paragraph(3, "Main findings", "Leaders know their services well.")}));
    // Another authority repeating every point: never Rutland's recurrence.
    writer.add(report("elsewhere", "Rotherham", "2023-01-01",
                      {paragraph(1, improve, "Placement sufficiency for older children in care."),
                       paragraph(2, improve,
                                 "Private fostering arrangements and the pre-"
                                 "proceedings process in the Public Law Outline.")}));
    writer.commit();
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }

  static Recurrence rutland() {
    return find_recurrence(open_index(dir_), *reference_data().authorities.find("Rutland"),
                           RecurrenceOptions{});
  }
  static const RecurrencePoint& point(const Recurrence& r, const std::string& id) {
    for (const auto& p : r.points)
      if (p.point.id == id) return p;
    throw std::runtime_error("no point " + id);
  }
  static fs::path dir_;
};
fs::path RecurrenceTest::dir_;

TEST_F(RecurrenceTest, APointALaterReportListsAgainIsRaisedAgain) {
  Recurrence r = rutland();
  const auto& p = point(r, "first/1");
  EXPECT_EQ(p.label, "raised again");
  ASSERT_FALSE(p.matches.empty());
  EXPECT_EQ(p.matches.front().id, "second/1");
  EXPECT_TRUE(p.matches.front().improvement);
}

TEST_F(RecurrenceTest, APointALaterFindingDiscussesIsDiscussedLater) {
  Recurrence r = rutland();
  const auto& p = point(r, "first/2");
  EXPECT_EQ(p.label, "discussed later");
  ASSERT_FALSE(p.matches.empty());
  EXPECT_EQ(p.matches.front().id, "second/2");
}

TEST_F(RecurrenceTest, APointOnlyAnotherAuthorityRepeatsIsNotFound) {
  Recurrence r = rutland();
  EXPECT_EQ(point(r, "first/3").label, "not found");
  for (const auto& p : r.points)
    for (const auto& m : p.matches) EXPECT_NE(m.report_id, "elsewhere");
}

TEST_F(RecurrenceTest, ALeadInTakesItsLowerCaseItemsAsOnePoint) {
  Recurrence r = rutland();
  const auto& p = point(r, "first/4");
  EXPECT_NE(p.point.text.find("private fostering"), std::string::npos) << p.point.text;
  for (const auto& q : r.points) EXPECT_NE(q.point.id, "first/5");
}

TEST_F(RecurrenceTest, TheLatestReportsPointsHaveNothingLaterToCompare) {
  Recurrence r = rutland();
  const auto& p = point(r, "second/1");
  EXPECT_EQ(p.later_reports, 0);
  EXPECT_EQ(p.label, "not found");
  EXPECT_TRUE(p.matches.empty());
}

TEST(ImprovementHeading, NamesTheListsOfEveryReportType) {
  for (const char* heading :
       {"What needs to improve?", "What needs to improve in this area of social work practice",
        "Recommendations", "Areas for improvement", "Areas for priority action",
        "Priority and immediate action"})
    EXPECT_TRUE(is_improvement_heading(heading)) << heading;
  for (const char* heading : {"Main findings", "Headline findings", "Next steps",
                              "What does the area partnership need to do better?"})
    EXPECT_FALSE(is_improvement_heading(heading)) << heading;
}

}  // namespace
}  // namespace ofsearch
