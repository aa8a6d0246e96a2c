// IndexWriter on the bundled reports: one report replaces itself, removal leaves
// nothing behind, and the spelling table counts every word of report text (and no
// word that only boilerplate uses) exactly as Xapian's own FLAG_SPELLING would.
#include "index/index_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <map>
#include <set>

#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"
#include "schema/schema.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

fs::path bundled(const std::string& prefix) {
  for (const auto& e :
       fs::directory_iterator(fs::path(OFSEARCH_SOURCE_DIR) / "corpus" / "reports")) {
    if (e.path().filename().string().rfind(prefix, 0) == 0 && e.path().extension() == ".txt")
      return e.path();
  }
  ADD_FAILURE() << "no bundled report " << prefix;
  return {};
}

class IndexWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("ofsearch-writer-test-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  Report report(const std::string& prefix) {
    return build_report_from_file(bundled(prefix), Overrides{}, reference_data());
  }
  fs::path dir_;
};

using WordCounts = std::map<std::string, Xapian::termcount>;

// Each unprefixed term's occurrences, in report text (what FLAG_SPELLING would have
// written) and in boilerplate.
void count_words(const Xapian::Database& db, WordCounts& text, WordCounts& boilerplate) {
  for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d) {
    Xapian::Document doc = db.get_document(*d);
    auto bp = doc.termlist_begin();
    bp.skip_to(schema::kBoilerplate);
    bool is_boilerplate = bp != doc.termlist_end() && *bp == schema::kBoilerplate;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      std::string term = *t;
      if (term.size() > 1 && !(term[0] >= 'A' && term[0] <= 'Z'))
        (is_boilerplate ? boilerplate : text)[term] += t.get_wdf();
    }
  }
}

TEST_F(IndexWriterTest, SpellingTableCountsEveryReportWordAndNoBoilerplateOnlyWord) {
  {
    IndexWriter writer(dir_, false);
    writer.add(report("001"));  // the news article: web furniture is boilerplate
    writer.add(report("004"));
    writer.commit();
  }
  Xapian::Database db(dir_.string());
  WordCounts expected, boilerplate;
  count_words(db, expected, boilerplate);
  ASSERT_GT(expected.size(), 500u);
  WordCounts actual;
  for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) actual[*w] = w.get_termfreq();
  EXPECT_EQ(actual, expected);
  std::size_t boilerplate_only = 0;
  for (const auto& [word, count] : boilerplate) {
    if (expected.count(word)) continue;
    ++boilerplate_only;
    EXPECT_EQ(actual.count(word), 0u) << word << " is only in boilerplate";
  }
  EXPECT_GT(boilerplate_only, 0u);
}

TEST_F(IndexWriterTest, AddingAReportAgainReplacesItsParagraphs) {
  IndexWriter writer(dir_, false);
  Report r = report("000");
  writer.add(r);
  writer.commit();
  auto once = writer.paragraph_count();
  ASSERT_EQ(once, r.paragraphs.size());
  writer.add(r);
  writer.commit();
  EXPECT_EQ(writer.paragraph_count(), once);
  EXPECT_EQ(writer.indexed_hash(r.report_id), r.content_hash);
}

TEST_F(IndexWriterTest, RemovingAReportDeletesEveryParagraphAndItsRecord) {
  IndexWriter writer(dir_, false);
  Report kept = report("000"), removed = report("004");
  writer.add(kept);
  writer.add(removed);
  writer.commit();
  EXPECT_TRUE(writer.remove(removed.report_id));
  EXPECT_FALSE(writer.remove(removed.report_id));
  writer.commit();
  EXPECT_EQ(writer.paragraph_count(), kept.paragraphs.size());
  EXPECT_FALSE(writer.indexed_hash(removed.report_id));
}

// Records written under an older schema lack fields (focus areas, warnings): an
// unchanged file is rewritten once rather than skipped by its content hash.
TEST_F(IndexWriterTest, AnIndexOfAnOlderSchemaHasEveryReportRewrittenOnce) {
  Report r = report("000");
  {
    IndexWriter writer(dir_, false);
    writer.add(r);
    writer.commit();
  }
  EXPECT_EQ(IndexWriter(dir_, false).indexed_hash(r.report_id), r.content_hash);
  {
    Xapian::WritableDatabase db(dir_.string());
    db.set_metadata(schema::kSchemaVersionKey, "1");
    db.commit();
  }
  {
    IndexWriter writer(dir_, false);
    EXPECT_FALSE(writer.indexed_hash(r.report_id).has_value());
    writer.add(r);
    EXPECT_FALSE(writer.indexed_hash(r.report_id).has_value()) << "for the whole run";
    writer.commit();
  }
  EXPECT_EQ(IndexWriter(dir_, false).indexed_hash(r.report_id), r.content_hash);
}

TEST_F(IndexWriterTest, AnIndexWrittenWithAnotherVocabularyHasEveryReportRewritten) {
  // Stems (stemming/stem_exceptions.tsv) and concept terms (stemming/synonyms.tsv) are
  // fixed when a paragraph is written: another vocabulary means rewriting it.
  Report r = report("000");
  {
    IndexWriter writer(dir_, false);
    writer.add(r);
    writer.commit();
  }
  std::string vocabulary;
  {
    Xapian::WritableDatabase db(dir_.string());
    vocabulary = db.get_metadata(schema::kVocabularyKey);
    EXPECT_FALSE(vocabulary.empty());
    db.set_metadata(schema::kVocabularyKey, "an older vocabulary");
    db.commit();
  }
  {
    IndexWriter writer(dir_, false);
    EXPECT_FALSE(writer.indexed_hash(r.report_id).has_value());
    writer.add(r);
    writer.commit();
  }
  EXPECT_EQ(IndexWriter(dir_, false).indexed_hash(r.report_id), r.content_hash);
  EXPECT_EQ(Xapian::Database(dir_.string()).get_metadata(schema::kVocabularyKey), vocabulary);
}

}  // namespace
}  // namespace ofsearch
