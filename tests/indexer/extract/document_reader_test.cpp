#include "indexer/extract/document_reader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <random>

#include "indexer/extract/html_text_extractor.h"
#include "indexer/extract/pdf_text_extractor.h"
#include "indexer/ingest_test_util.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;
using testing::ingest_fixture;
using testing::slurp;

// A scratch folder per test, removed afterwards.
class DocumentReader : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("ofsearch-reader-" + std::to_string(rd()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path write(const std::string& name, const std::string& bytes) {
    auto path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  fs::path copy_fixture(const std::string& fixture, const std::string& as) {
    return write(as, slurp(ingest_fixture(fixture)));
  }

  static std::string error_of(const fs::path& file) {
    try {
      read_document(file);
    } catch (const IngestError& e) {
      return e.what();
    }
    return "(no error)";
  }

  fs::path dir_;
};

TEST_F(DocumentReader, EveryBadInputGivesItsOneLineReason) {
  struct Case {
    fs::path file;
    std::string message;
  };
  auto big = dir_ / "huge.txt";
  std::ofstream(big).put('x');
  fs::resize_file(big, 100u << 20);  // sparse: no 100 MB written
  const std::vector<Case> cases = {
      {dir_ / "missing.txt", "no such file"},
      {dir_, "is a directory, not a file"},
      {write("empty.txt", ""), "empty file"},
      {copy_fixture("binary_junk.txt", "junk.txt"), "not text: binary content"},
      {big, "file too large (100 MB; limit 64 MB)"},
      {copy_fixture("encrypted.pdf", "locked.pdf"), "encrypted PDF"},
      {copy_fixture("corrupt.pdf", "broken.pdf"), "corrupt or unreadable PDF"},
      {write("fake.pdf", "this is not a PDF at all\n"), "corrupt or unreadable PDF"},
      {copy_fixture("image_only.pdf", "scan.pdf"), "no text layer: OCR it first"},
      {write("report.docx", std::string("PK\x03\x04\x14\x00\x06\x00", 8) + "[Content_Types].xml"),
       "unknown format"},
      {write("image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), "unknown format"},
      {write("renamed.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), "unknown format"},
      {write("blank.txt", " \n\n\t \r\n"), "no text content"},
  };
  for (const auto& c : cases) {
    auto message = error_of(c.file);
    EXPECT_EQ(message, c.message) << c.file;
    EXPECT_EQ(message.find('\n'), std::string::npos);
  }
}

TEST_F(DocumentReader, HugeFileIsRefusedWithoutReadingIt) {
  auto big = dir_ / "huge.txt";
  std::ofstream(big).put('x');
  fs::resize_file(big, 100u << 20);
  auto start = std::chrono::steady_clock::now();
  EXPECT_THROW(read_document(big), IngestError);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 0.5);
}

TEST_F(DocumentReader, ChoosesTheReaderByContentAsWellAsExtension) {
  struct Case {
    fs::path file;
    std::string format;
  };
  const std::string html = slurp(ingest_fixture("govuk_page.html"));
  const std::vector<Case> cases = {
      {copy_fixture("rotherham_letter.pdf", "letter.pdf"), "pdf"},
      {copy_fixture("rotherham_letter.pdf", "letter.txt"), "pdf"},
      {copy_fixture("rotherham_letter.pdf", "letter"), "pdf"},
      {write("page.html", html), "html"},
      {write("page.txt", html), "html"},
      {write("page.pdf", html), "html"},  // a failed download saved under the PDF's name
      {write("bom.txt", "\xEF\xBB\xBF \n <!DOCTYPE HTML><html><body><p>Hello</p></body></html>"),
       "html"},
      {write("upper", "<HTML><BODY><P>Hello</P></BODY></HTML>"), "html"},
      {write("notes.md", "# Heading\n\nSome *text*.\n"), "text"},
      {write("noext", "Plain text without an extension.\n"), "text"},
      {write("dear.txt", "Dear Ms Godfrey\n\nThis letter summarises the findings.\n"), "text"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(read_document(c.file).format, c.format) << c.file;
  }
}

TEST_F(DocumentReader, TextFilesAreRepairedAndNormalised) {
  struct Case {
    const char* fixture;
    std::string want;
  };
  const std::vector<Case> cases = {
      {"invalid_utf8.txt",
       "Children's services in Rutland are good.\n\nThe caf\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD "
       "broken \xEF\xBF\xBD "
       "bytes\n\nLast paragraph.\n"},
      {"windows1252.txt", "Children's services cost \xC2\xA3 2 million - a caf\xC3\xA9.\n"},
      {"crlf.txt", "First line\nsecond line\n\nSecond paragraph\nold Mac line\n"},
  };
  for (const auto& c : cases) {
    auto doc = read_document(copy_fixture(c.fixture, c.fixture));
    EXPECT_EQ(doc.format, "text");
    EXPECT_EQ(doc.text, c.want) << c.fixture;
  }
}

TEST_F(DocumentReader, ContentHashIsStableFnv1aOfTheBytes) {
  EXPECT_EQ(read_document(write("a.txt", "hello")).content_hash, "a430d84680aabd0b");
  EXPECT_EQ(read_document(write("b.md", "hello")).content_hash,
            "a430d84680aabd0b");  // name plays no part
  EXPECT_NE(read_document(write("c.txt", "hello!")).content_hash, "a430d84680aabd0b");
  auto pdf = read_document(copy_fixture("rotherham_letter.pdf", "x.pdf"));
  EXPECT_EQ(pdf.content_hash.size(), 16u);
  EXPECT_EQ(pdf.content_hash,
            read_document(copy_fixture("rotherham_letter.pdf", "y.pdf")).content_hash);
}

TEST_F(DocumentReader, ReadsEachFormatsText) {
  auto pdf = read_document(ingest_fixture("rotherham_letter.pdf"));
  EXPECT_NE(pdf.text.find("Dear Jon\n\nFocused visit to Rotherham"), std::string::npos);
  auto html = read_document(ingest_fixture("govuk_page.html"));
  EXPECT_NE(html.text.find("## Headline findings"), std::string::npos);
  auto seed = read_document(fs::path(OFSEARCH_SOURCE_DIR) / "corpus" / "reports" /
                            "000_ca7f3efedd020b83.txt");
  EXPECT_EQ(seed.format, "text");
  EXPECT_NE(seed.text.find("Focused visit to Rutland children's services"), std::string::npos);
  EXPECT_EQ(seed.text.find('\r'), std::string::npos);
}

}  // namespace
}  // namespace ofsearch
