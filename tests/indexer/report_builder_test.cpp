// build_report on whole files: a PDF typeset from a text file gives that file's
// paragraphs.
#include "indexer/report_builder.h"

#include <gtest/gtest.h>

#include "ingest_test_util.h"

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

}  // namespace
}  // namespace ofsearch
