#include "indexer/extract/pdf_text_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "indexer/extract/document_reader.h"
#include "indexer/ingest_test_util.h"
#include "support/case_name.h"
#include "support/real_reports_dir.h"

namespace ofsearch {
namespace {

using testing::comparable_paragraphs;
using testing::ingest_fixture;
using testing::paragraphs;
using testing::slurp;

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

struct TypesetCase {
  const char* pdf;
  const char* source;
};

class TypesetPdfGivesItsSourceParagraphs : public ::testing::TestWithParam<TypesetCase> {};

TEST_P(TypesetPdfGivesItsSourceParagraphs, SameCountAndText) {
  auto text = extract_pdf_text(slurp(ingest_fixture(GetParam().pdf)));
  auto got = paragraphs(text);
  auto want = paragraphs(clean_text(slurp(ingest_fixture(GetParam().source))));
  ASSERT_EQ(got.size(), want.size()) << text;
  for (std::size_t i = 0; i < want.size(); ++i) EXPECT_EQ(got[i], want[i]) << "paragraph " << i;
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, TypesetPdfGivesItsSourceParagraphs,
    ::testing::Values(TypesetCase{"rotherham_letter.pdf", "rotherham_letter.txt"},
                      TypesetCase{"ilacs_judgements.pdf", "ilacs_judgements.txt"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.pdf, info.index); });

TEST(PdfTextExtractor, DropsRunningHeaderFooterAndPageNumbers) {
  auto text = extract_pdf_text(slurp(ingest_fixture("rotherham_letter.pdf")));
  auto paras = paragraphs(text);
  // The running header repeats the letter's heading; only the heading itself stays.
  EXPECT_EQ(std::count(paras.begin(), paras.end(),
                       "Focused visit to Rotherham local authority children's services"),
            1);
  // The footer's date stays once, as the letter's date on page 1.
  EXPECT_EQ(std::count(paras.begin(), paras.end(), "15 April 2019"), 1);
  for (const auto& line : lines_of(text)) {
    bool digits = !line.empty() && std::all_of(line.begin(), line.end(),
                                               [](char c) { return c >= '0' && c <= '9'; });
    EXPECT_FALSE(digits) << "page number: " << line;
    EXPECT_EQ(line.find("15 April 2019 "), std::string::npos) << line;
  }
  auto report = extract_pdf_text(slurp(ingest_fixture("ilacs_judgements.pdf")));
  EXPECT_EQ(report.find("Page 1 of"), std::string::npos);
  for (const auto& line : lines_of(report)) EXPECT_NE(line, "3 to 14 October 2011");
}

TEST(PdfTextExtractor, RejoinsWordsBrokenAtLineEnds) {
  auto text = extract_pdf_text(slurp(ingest_fixture("ilacs_judgements.pdf")));
  for (const char* broken :
       {"assess- ", "assess-ment", "arrange-ments", "preventat-ive", "work-ing"})
    EXPECT_EQ(text.find(broken), std::string::npos) << broken;
  EXPECT_NE(text.find("completion rates of assessments"), std::string::npos);
  EXPECT_NE(text.find("structural arrangements"), std::string::npos);
}

TEST(PdfTextExtractor, JudgementTableRowsAreTabSeparatedLines) {
  auto text = extract_pdf_text(slurp(ingest_fixture("ilacs_judgements.pdf")));
  auto lines = lines_of(text);
  EXPECT_TRUE(contains(lines, "Judgement\tGrade"));
  EXPECT_TRUE(contains(lines,
                       "The experiences and progress of children who need help and protection\t"
                       "Requires improvement to be good"));
  EXPECT_TRUE(contains(lines, "Overall effectiveness\tGood"));
}

TEST(PdfTextExtractor, NumberedParagraphsKeepTheirNumberAtTheStart) {
  auto paras = paragraphs(extract_pdf_text(slurp(ingest_fixture("ilacs_judgements.pdf"))));
  auto first = std::find_if(paras.begin(), paras.end(),
                            [](auto& p) { return p.rfind("1. The purpose", 0) == 0; });
  ASSERT_NE(first, paras.end());
  EXPECT_EQ(std::count_if(paras.begin(), paras.end(),
                          [](auto& p) { return p.rfind("5. Rutland has 21 schools", 0) == 0; }),
            1);
}

TEST(PdfTextExtractor, BadPdfsThrowTheirReason) {
  struct Case {
    const char* file;
    const char* message;
  };
  for (auto c :
       {Case{"encrypted.pdf", "encrypted PDF"}, Case{"corrupt.pdf", "corrupt or unreadable PDF"},
        Case{"image_only.pdf", "no text layer: OCR it first"}}) {
    try {
      extract_pdf_text(slurp(ingest_fixture(c.file)));
      ADD_FAILURE() << c.file << " did not throw";
    } catch (const IngestError& e) {
      EXPECT_STREQ(e.what(), c.message) << c.file;
    }
  }
  EXPECT_THROW(extract_pdf_text("%PDF-1.4\nnot really"), IngestError);
}

TEST(PdfTextExtractor, PdfEncryptedWithoutUserPasswordIsRead) {
  auto text = extract_pdf_text(slurp(ingest_fixture("owner_only_encrypted.pdf")));
  EXPECT_NE(text.find("Focused visit to Rotherham"), std::string::npos);
}

// --- the real Ofsted PDFs (support/real_reports_dir.h; skipped where absent) ---

std::string real_text(const std::string& relative) {
  return extract_pdf_text(slurp(testing::real_reports_path() / relative));
}

TEST(RealPdf, RutlandLetterGivesTheSeedTextsParagraphs) {
  OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();
  auto pdf = comparable_paragraphs(real_text("focused-visits/fv-76b6946e8666.pdf"), false);
  auto seed = comparable_paragraphs(slurp(std::filesystem::path(OFSEARCH_SOURCE_DIR) / "corpus" /
                                          "reports" / "000_ca7f3efedd020b83.txt"),
                                    true);
  EXPECT_GE(seed.size(), 30u);
  for (const auto& p : seed)
    EXPECT_TRUE(contains(pdf, p)) << "seed paragraph missing from PDF text: " << p;
  for (const auto& p : pdf)
    EXPECT_TRUE(contains(seed, p)) << "PDF paragraph not in the seed: " << p;
}

TEST(RealPdf, IlacsReportTableFootersHyphensAndPageJoins) {
  OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();
  auto text = real_text("ilacs/ilacs-7b8c81fc930f.pdf");  // BCP, December 2024
  auto lines = lines_of(text);
  EXPECT_TRUE(contains(
      lines, "The experiences and progress of care leavers\tRequires improvement to be good"));
  EXPECT_TRUE(contains(lines, "Overall effectiveness\tGood"));
  EXPECT_EQ(text.find("2 to 13 December 2024 "), std::string::npos);  // footer with page number
  EXPECT_EQ(
      std::count(
          lines.begin(), lines.end(),
          "Inspection of Bournemouth, Christchurch and Poole local authority children's services"),
      1);  // the title, not the footers
  EXPECT_NE(text.find("holding well-attended strategy meetings"), std::string::npos);
  EXPECT_NE(text.find("16- and 17-year-olds"), std::string::npos);
  EXPECT_NE(text.find("recommending appropriate, necessary actions"),
            std::string::npos);  // across pages
  EXPECT_NE(text.find("\n\n1. Children in BCP receive good help"), std::string::npos);
}

TEST(RealPdf, EveryRealPdfExtractsQuickly) {
  OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();
  std::size_t files = 0;
  double slowest = 0;
  for (const auto& dir : {"ilacs", "focused-visits"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(testing::real_reports_path() / dir)) {
      if (entry.path().extension() != ".pdf") continue;
      auto bytes = slurp(entry.path());
      auto start = std::chrono::steady_clock::now();
      auto text = extract_pdf_text(bytes);
      slowest = std::max(
          slowest, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      EXPECT_GT(text.size(), 3000u) << entry.path();
      EXPECT_EQ(text.find("\n\n\n"), std::string::npos) << entry.path();
      ++files;
    }
  }
  EXPECT_GT(files, 100u);
  EXPECT_LT(slowest, 5.0);  // ~0.3 s on one core; generous for a loaded machine
}

}  // namespace
}  // namespace ofsearch
