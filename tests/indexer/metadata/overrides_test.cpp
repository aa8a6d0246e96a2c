#include "indexer/metadata/overrides.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <fstream>
#include <stdexcept>
#include <string>

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

// A folder of its own per test (ctest runs tests of one binary at once).
class SidecarTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("sidecar-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& contents) {
    std::ofstream(dir_ / name) << contents;
  }
  fs::path dir_;
};

TEST_F(SidecarTest, ReadsEveryFieldOfFileNameDotMetaJson) {
  write("letter.pdf.meta.json",
        R"({"authority": "Rotherham MBC", "date": "15 April 2019", "report_type": "focused-visit",
            "title": "Focused visit to Rotherham", "inspection_start": "2019-03-12",
            "inspection_end": "2019-03-13"})");
  Overrides o = read_sidecar(dir_ / "letter.pdf");
  EXPECT_EQ(o.authority, "Rotherham MBC");
  EXPECT_EQ(o.date, "15 April 2019");
  EXPECT_EQ(o.report_type, "focused-visit");
  EXPECT_EQ(o.title, "Focused visit to Rotherham");
  EXPECT_EQ(o.inspection_start, "2019-03-12");
  EXPECT_EQ(o.inspection_end, "2019-03-13");
}

TEST_F(SidecarTest, ReadsStemDotMetaJsonAndTypeAsTheReportType) {
  write("001_news.meta.json", R"({"type": "news"})");
  Overrides o = read_sidecar(dir_ / "001_news.txt");
  EXPECT_EQ(o.report_type, "news");
  EXPECT_FALSE(o.authority);
  EXPECT_FALSE(o.date);
}

TEST_F(SidecarTest, FileNameDotMetaJsonWinsOverStemDotMetaJson) {
  write("r.pdf.meta.json", R"({"authority": "Rutland"})");
  write("r.meta.json", R"({"authority": "Leicestershire"})");
  EXPECT_EQ(read_sidecar(dir_ / "r.pdf").authority, "Rutland");
}

TEST_F(SidecarTest, NullFieldsAreUnset) {
  write("r.pdf.meta.json", R"({"authority": null, "date": "2020-01-01"})");
  Overrides o = read_sidecar(dir_ / "r.pdf");
  EXPECT_FALSE(o.authority);
  EXPECT_EQ(o.date, "2020-01-01");
}

TEST_F(SidecarTest, NoSidecarGivesEmptyOverrides) {
  Overrides o = read_sidecar(dir_ / "alone.pdf");
  EXPECT_FALSE(o.authority || o.date || o.report_type || o.title || o.inspection_start ||
               o.inspection_end);
}

TEST_F(SidecarTest, InvalidJsonIsAnErrorNamingTheSidecar) {
  write("bad.pdf.meta.json", "{\"authority\": ");
  try {
    read_sidecar(dir_ / "bad.pdf");
    FAIL() << "no error for invalid JSON";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.pdf.meta.json"), std::string::npos) << e.what();
  }
}

TEST_F(SidecarTest, AJsonArrayOrANonStringFieldIsAnError) {
  write("list.pdf.meta.json", R"(["Rotherham"])");
  EXPECT_THROW(read_sidecar(dir_ / "list.pdf"), std::runtime_error);
  write("number.pdf.meta.json", R"({"date": 2019})");
  try {
    read_sidecar(dir_ / "number.pdf");
    FAIL() << "no error for a number where a string belongs";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("\"date\" must be a string"), std::string::npos)
        << e.what();
  }
}

TEST(Overrides, MergedWithTakesTheFieldsTheOtherSetsAndKeepsTheRest) {
  Overrides sidecar;
  sidecar.authority = "Rotherham";
  sidecar.date = "2019-04-15";
  sidecar.title = "From the sidecar";
  Overrides command_line;
  command_line.date = "2019-05-01";
  command_line.report_type = "monitoring-visit";
  Overrides merged = sidecar.merged_with(command_line);
  EXPECT_EQ(merged.authority, "Rotherham");
  EXPECT_EQ(merged.date, "2019-05-01");  // the command line wins
  EXPECT_EQ(merged.report_type, "monitoring-visit");
  EXPECT_EQ(merged.title, "From the sidecar");
  EXPECT_FALSE(merged.inspection_start);
  EXPECT_EQ(sidecar.date, "2019-04-15");  // merged_with leaves its operands alone
}

}  // namespace
}  // namespace ofsearch
