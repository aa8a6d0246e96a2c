// Saved searches stored as index metadata (index/saved_searches.h): they read back
// after the database is closed and reopened, listed by name; every mistake (a bad
// name, an empty query, a name taken, a name unknown) throws a message naming the
// saved search and leaves the stored ones as they were.
#include "index/saved_searches.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "schema/schema.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

class SavedSearchesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("ofsearch-saved-test-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    Xapian::WritableDatabase(dir_.string(), Xapian::DB_CREATE_OR_OPEN).commit();
  }
  void TearDown() override { fs::remove_all(dir_); }
  Xapian::WritableDatabase writable() {
    return Xapian::WritableDatabase(dir_.string(), Xapian::DB_OPEN);
  }
  Xapian::Database readable() { return Xapian::Database(dir_.string()); }
  static SavedSearch search(const std::string& name, const std::string& query) {
    SavedSearch s;
    s.name = name;
    s.query = query;
    s.params = {{"authority", "Rotherham"}, {"year", "2019"}, {"year", "2020"}};
    s.created = "2026-12-06T09:30:00Z";
    return s;
  }
  fs::path dir_;
};

TEST_F(SavedSearchesTest, AnAddedSearchReadsBackWholeAfterAReopen) {
  {
    auto db = writable();
    add_saved_search(db, search("missing", "\"missing from care\""));
    add_saved_search(db, search("agency-staff", "agency AND staff"));
  }  // closed: only what was committed is there
  auto db = readable();
  auto all = saved_searches(db);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].name, "agency-staff");  // by name
  EXPECT_EQ(all[1].name, "missing");
  SavedSearch back = saved_search(db, "missing");
  EXPECT_EQ(back.query, "\"missing from care\"");
  EXPECT_EQ(back.params, search("x", "y").params);  // order and repeats kept
  EXPECT_EQ(back.created, "2026-12-06T09:30:00Z");
  EXPECT_EQ(db.get_metadata(std::string(schema::kWatchMetaPrefix) + "missing").empty(), false);
}

TEST_F(SavedSearchesTest, RemovingDeletesOnlyThatOne) {
  auto db = writable();
  add_saved_search(db, search("a", "x"));
  add_saved_search(db, search("b", "y"));
  remove_saved_search(db, "a");
  auto all = saved_searches(readable());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].name, "b");
}

struct BadAdd {
  const char* case_name;
  const char* name;
  const char* query;
  const char* message;  // part of what() expected
};

class SavedSearchBadAdd : public SavedSearchesTest, public ::testing::WithParamInterface<BadAdd> {};

TEST_P(SavedSearchBadAdd, ThrowsNamingItAndStoresNothingNew) {
  auto db = writable();
  add_saved_search(db, search("taken", "x"));
  try {
    add_saved_search(db, search(GetParam().name, GetParam().query));
    FAIL() << "no error";
  } catch (const SavedSearchError& e) {
    EXPECT_NE(std::string(e.what()).find(GetParam().message), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(GetParam().name), std::string::npos) << e.what();
  }
  auto all = saved_searches(readable());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].query, "x");
}

INSTANTIATE_TEST_SUITE_P(Cases, SavedSearchBadAdd,
                         ::testing::Values(BadAdd{"taken", "taken", "y", "already exists"},
                                           BadAdd{"empty_query", "fresh", "  ", "query is empty"},
                                           BadAdd{"slash", "a/b", "y", "is not valid"},
                                           BadAdd{"dot", "feed.atom", "y", "is not valid"},
                                           BadAdd{"leading_dash", "-x", "y", "is not valid"},
                                           BadAdd{"space", "two words", "y", "is not valid"}),
                         [](const auto& info) { return std::string(info.param.case_name); });

TEST_F(SavedSearchesTest, AnUnknownNameListsTheSavedOnes) {
  auto db = writable();
  try {
    saved_search(db, "nope");
    FAIL();
  } catch (const SavedSearchError& e) {
    EXPECT_NE(std::string(e.what()).find("none saved yet"), std::string::npos) << e.what();
  }
  add_saved_search(db, search("alpha", "x"));
  add_saved_search(db, search("beta", "y"));
  for (auto attempt : {0, 1}) {
    try {
      if (attempt == 0) saved_search(db, "nope");
      if (attempt == 1) remove_saved_search(db, "nope");
      FAIL();
    } catch (const SavedSearchError& e) {
      EXPECT_NE(std::string(e.what()).find("'nope'"), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("saved: alpha, beta"), std::string::npos) << e.what();
    }
  }
  EXPECT_EQ(saved_searches(readable()).size(), 2u);
}

TEST_F(SavedSearchesTest, NamesOfLettersDigitsDashesAndUnderscoresAreValid) {
  EXPECT_NO_THROW(check_saved_search_name("Rotherham_2019-missing"));
  EXPECT_NO_THROW(check_saved_search_name(std::string(kMaxSavedSearchName, 'a')));
  EXPECT_THROW(check_saved_search_name(std::string(kMaxSavedSearchName + 1, 'a')),
               SavedSearchError);
  EXPECT_THROW(check_saved_search_name(""), SavedSearchError);
  EXPECT_THROW(check_saved_search_name("caf\xc3\xa9"), SavedSearchError);
}

}  // namespace
}  // namespace ofsearch
