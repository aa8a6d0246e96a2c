#include "query/facet_column.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include "index/index_writer.h"
#include "query/facet_counts.h"

namespace ofsearch {
namespace {

Report report(const std::string& id, const std::string& authority, const std::string& grade_word,
              int paragraphs) {
  Report r;
  r.report_id = id;
  r.authority = authority;
  r.region = "East Midlands";
  r.report_type = "focused-visit";
  r.date = "2020-05-01";
  for (int i = 1; i <= paragraphs; ++i) {
    Paragraph p;
    p.ordinal = i;
    p.text = "Children missing from care are seen promptly.";
    p.grade = Grade{grade_word, grade_word == "good" ? 2 : 4};
    p.themes = {"missing-children", "children-in-care"};
    r.paragraphs.push_back(p);
  }
  return r;
}

FacetCounts count_all(const std::filesystem::path& dir) {
  Xapian::Database db(dir.string());
  FacetColumn column = FacetColumn::open(dir, db);
  FacetSpy spy(column);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query::MatchAll);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
  return spy.counts();
}

class FacetColumnTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() / ("ofsearch-facets-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(FacetColumnTest, ExtendsItselfWithReportsAddedAfterItWasSaved) {
  {
    IndexWriter writer(dir_, false);
    writer.add(report("a", "Rutland", "good", 3));
  }
  EXPECT_EQ(count_all(dir_)["authority"]["Rutland"], 3u);
  {
    IndexWriter writer(dir_, false);
    writer.add(report("b", "Rotherham", "inadequate", 2));
    writer.add(report("a", "Rutland", "inadequate", 4));  // replaced: old ids must not count
  }
  auto counts = count_all(dir_);
  EXPECT_EQ(counts["authority"]["Rutland"], 4u);
  EXPECT_EQ(counts["authority"]["Rotherham"], 2u);
  EXPECT_EQ(counts["grade"]["inadequate"], 6u);
  EXPECT_EQ(counts["grade"].count("good"), 0u);
  EXPECT_EQ(counts["theme"]["missing-children"], 6u);
}

TEST_F(FacetColumnTest, RebuildsWhenTheFileIsMissingOrCorrupt) {
  {
    IndexWriter writer(dir_, false);
    writer.add(report("a", "Rutland", "good", 3));
  }
  auto first = count_all(dir_);
  std::filesystem::resize_file(dir_ / "ofsearch-facets.bin", 20);
  EXPECT_EQ(count_all(dir_), first);
  std::filesystem::remove(dir_ / "ofsearch-facets.bin");
  EXPECT_EQ(count_all(dir_), first);
}

TEST_F(FacetColumnTest, RebuildsForACompactedCopyOfTheIndex) {
  {
    IndexWriter writer(dir_, false);
    writer.add(report("a", "Rutland", "good", 3));
    writer.add(report("a", "Rutland", "good", 3));  // leaves a gap in the ids
    writer.add(report("b", "Rotherham", "good", 2));
  }
  auto before = count_all(dir_);
  auto compacted = dir_.string() + "-compact";
  Xapian::Database(dir_.string()).compact(compacted, 0);
  std::filesystem::copy_file(dir_ / "ofsearch-facets.bin",
                             std::filesystem::path(compacted) / "ofsearch-facets.bin");
  EXPECT_EQ(count_all(compacted), before);
  std::filesystem::remove_all(compacted);
}

}  // namespace
}  // namespace ofsearch
