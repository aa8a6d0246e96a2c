#include "reference/tsv_reader.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <fstream>
#include <stdexcept>
#include <string>

#include "support/case_name.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

// A data file with the given contents, removed at the end of the test.
class TsvFile {
 public:
  explicit TsvFile(const std::string& contents)
      : path_(fs::path(::testing::TempDir()) / ("tsv-reader-" + std::to_string(::getpid()) + "-" +
                                                std::to_string(next_++) + ".tsv")) {
    std::ofstream(path_, std::ios::binary) << contents;
  }
  ~TsvFile() { fs::remove(path_); }
  const fs::path& path() const { return path_; }

 private:
  static inline int next_ = 0;
  fs::path path_;
};

TEST(TsvReader, SkipsCommentsAndBlankLinesAndTrimsCells) {
  TsvFile file(
      "# a comment\n"
      "\n"
      "id\tlabel\n"
      "  # an indented comment\n"
      " good \t Good\r\n"
      "\n"
      "inadequate\tInadequate\n");
  TsvTable table = read_tsv(file.path());
  EXPECT_EQ(table.header, (std::vector<std::string>{"id", "label"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.cell(table.rows[0], "id"), "good");
  EXPECT_EQ(table.cell(table.rows[0], "label"), "Good");  // "\r" of a CRLF file trimmed
  EXPECT_EQ(table.cell(table.rows[1], "label"), "Inadequate");
}

TEST(TsvReader, RowsKnowTheirLineInTheFile) {
  TsvFile file("# header next\nid\tlabel\n\na\tA\n# gap\nb\tB\n");
  TsvTable table = read_tsv(file.path());
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].line, 4);
  EXPECT_EQ(table.rows[1].line, 6);
}

TEST(TsvReader, AShortRowReadsEmptyCells) {
  TsvFile file("id\tlabel\tcues\nother\n");
  TsvTable table = read_tsv(file.path());
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.cell(table.rows[0], "id"), "other");
  EXPECT_EQ(table.cell(table.rows[0], "cues"), "");
}

TEST(TsvReader, AnEmptyCellBetweenTabsIsKept) {
  TsvFile file("a\tb\tc\n1\t\t3\n");
  TsvTable table = read_tsv(file.path());
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].cells, (std::vector<std::string>{"1", "", "3"}));
}

TEST(TsvReader, AnUnknownColumnIsAnErrorNamingIt) {
  TsvFile file("id\tlabel\nx\tX\n");
  TsvTable table = read_tsv(file.path());
  try {
    table.cell(table.rows[0], "colour");
    FAIL() << "no error for an unknown column";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("colour"), std::string::npos) << e.what();
  }
}

TEST(TsvReader, AMissingFileIsAnErrorNamingIt) {
  fs::path missing = fs::path(::testing::TempDir()) / "no-such-table.tsv";
  try {
    read_tsv(missing);
    FAIL() << "no error for a missing file";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), missing.string() + ": cannot read");
  }
}

TEST(TsvReader, AFileOfOnlyCommentsHasNoHeaderAndIsAnError) {
  TsvFile file("# nothing here\n\n");
  try {
    read_tsv(file.path());
    FAIL() << "no error for a file without a header";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("no header row"), std::string::npos) << e.what();
  }
}

struct SplitCase {
  const char* cell;
  std::vector<std::string> items;
};

class SplitListTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SplitListTest, SplitsOnBarsTrimsAndDropsEmptyItems) {
  EXPECT_EQ(split_list(GetParam().cell), GetParam().items) << GetParam().cell;
}

INSTANTIATE_TEST_SUITE_P(
    Cells, SplitListTest,
    ::testing::Values(SplitCase{"focused visit to|focused visit",
                                {"focused visit to", "focused visit"}},
                      SplitCase{" Rotherham MBC | Rotherham ", {"Rotherham MBC", "Rotherham"}},
                      SplitCase{"single", {"single"}}, SplitCase{"", {}}, SplitCase{"|", {}},
                      SplitCase{"a||b|", {"a", "b"}}),
    [](const auto& info) { return testing::case_name(info.param.cell, info.index); });

}  // namespace
}  // namespace ofsearch
