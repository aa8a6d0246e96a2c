// build_report on whole files: a PDF's paragraphs carry the page they start on and
// other sources none; a PDF typeset from a text file gives that file's paragraphs;
// and the page marks in PDF text change nothing but the pages.
#include "indexer/write/report_builder.h"

#include <gtest/gtest.h>

#include "indexer/extract/pdf_text_extractor.h"
#include "indexer/ingest_test_util.h"
#include "schema/paragraph_record.h"
#include "support/real_reports_dir.h"

namespace ofsearch {
namespace {

using testing::ingest_fixture;

Report built(const std::string& fixture) {
  return build_report_from_file(ingest_fixture(fixture), Overrides{}, reference_data());
}

const Paragraph* starting(const Report& report, const std::string& start) {
  for (const auto& p : report.paragraphs)
    if (p.text.rfind(start, 0) == 0) return &p;
  return nullptr;
}

struct PageCase {
  const char* start;  // the paragraph's first words
  int page;
};

// enscript_bullets.pdf: two pages; page 2 opens inside "Child protection plans ...".
TEST(ReportBuilder, APdfParagraphCarriesThePageItStartsOn) {
  Report report = built("enscript_bullets.pdf");
  for (const auto& c :
       {PageCase{"This letter summarises", 1}, PageCase{"the timeliness of", 1},
        PageCase{"Child protection plans are reviewed", 1},
        PageCase{"Social workers told inspectors", 2}, PageCase{"A. Inspector", 2}}) {
    const Paragraph* p = starting(report, c.start);
    ASSERT_TRUE(p) << c.start;
    EXPECT_EQ(p->page, c.page) << c.start;
  }
  EXPECT_EQ(paragraph_record(report, report.paragraphs.front())["page"], 1);
}

TEST(ReportBuilder, TextAndHtmlParagraphsHaveNoPage) {
  for (const char* fixture : {"enscript_bullets.txt", "govuk_page.html"}) {
    Report report = built(fixture);
    ASSERT_FALSE(report.paragraphs.empty()) << fixture;
    for (const auto& p : report.paragraphs) EXPECT_FALSE(p.page) << fixture << ": " << p.text;
    EXPECT_TRUE(paragraph_record(report, report.paragraphs.front())["page"].is_null());
  }
}

// Bullets written as "- " lines inside one text block (enscript + ps2pdf) are items
// of their own, as in the text the PDF was typeset from.
TEST(ReportBuilder, AnEnscriptPdfGivesItsTextSourcesParagraphs) {
  Report pdf = built("enscript_bullets.pdf");
  Report text = built("enscript_bullets.txt");
  ASSERT_EQ(pdf.paragraphs.size(), text.paragraphs.size());
  for (std::size_t i = 0; i < text.paragraphs.size(); ++i) {
    EXPECT_EQ(pdf.paragraphs[i].text, text.paragraphs[i].text) << "paragraph " << i + 1;
    EXPECT_EQ(pdf.paragraphs[i].section, text.paragraphs[i].section) << "paragraph " << i + 1;
    EXPECT_EQ(pdf.paragraphs[i].boilerplate, text.paragraphs[i].boilerplate) << i + 1;
  }
  EXPECT_TRUE(starting(pdf, "thresholds are understood"));
}

// Everything but `page`, as stored: the report record and every paragraph record.
std::string stored_without_pages(Report report) {
  for (auto& p : report.paragraphs) p.page.reset();
  std::string out = json_text(report_record(report));
  for (const auto& p : report.paragraphs) out += "\n" + json_text(paragraph_record(report, p));
  return out;
}

// The form feeds layout_text writes between pages must not move a paragraph,
// heading, grade or report field: the same text without them builds the same report.
void expect_page_marks_change_only_pages(const std::filesystem::path& pdf) {
  SourceText marked = read_document(pdf);
  SourceText plain = marked;
  plain.text = without_page_breaks(marked.text);
  Report a = build_report(marked, "r", Overrides{}, reference_data());
  Report b = build_report(plain, "r", Overrides{}, reference_data());
  EXPECT_EQ(stored_without_pages(a), stored_without_pages(b)) << pdf;
}

TEST(ReportBuilder, PageMarksChangeNothingButPagesInTheFixtures) {
  for (const char* fixture :
       {"rotherham_letter.pdf", "ilacs_judgements.pdf", "enscript_bullets.pdf"})
    expect_page_marks_change_only_pages(ingest_fixture(fixture));
}

TEST(ReportBuilder, PageMarksChangeNothingButPagesInTheRealReports) {
  OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();
  std::size_t files = 0;
  for (const auto* dir : {"ilacs", "focused-visits"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(*testing::real_reports_dir() / dir)) {
      if (entry.path().extension() != ".pdf") continue;
      expect_page_marks_change_only_pages(entry.path());
      ++files;
    }
  }
  EXPECT_GT(files, 100u);
}

TEST(ReportBuilder, WithoutPageBreaksGivesTheTextAsBeforePageMarks) {
  struct Case {
    const char* marked;
    const char* plain;
  };
  for (const auto& c : {Case{"A\n\fB\n", "A\n\nB\n"}, Case{"A\n\f\f\fB\n", "A\n\nB\n"},
                        Case{"\f\fA\n\nB\n", "A\n\nB\n"}, Case{"A\n\nB\n", "A\n\nB\n"}})
    EXPECT_EQ(without_page_breaks(c.marked), c.plain) << c.marked;
}

}  // namespace
}  // namespace ofsearch
