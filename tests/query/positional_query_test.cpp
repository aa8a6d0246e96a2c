#include "query/positional_query.h"

#include <gtest/gtest.h>

#include "support/bundled_index.h"

namespace ofsearch {
namespace {

using testing::bundled_index;

class PositionalQueryTest : public ::testing::Test {
 protected:
  Xapian::Database db{bundled_index().string()};
  Analyzer analyzer;
};

TEST_F(PositionalQueryTest, AWordsFormsAreTheIndexedWordsSharingItsStem) {
  PositionalBuilder builder(db, analyzer, false);
  EXPECT_EQ(builder.forms("worker").get_description(), "Query((worker OR workers))");
  EXPECT_EQ(builder.forms("missing").get_description(), "Query((missed OR missing))");
  // Too short to inflect, and words the index does not hold, stay themselves.
  EXPECT_EQ(builder.forms("of").get_description(), "Query(of)");
  EXPECT_EQ(builder.forms("zzyzx").get_description(), "Query(zzyzx)");
}

TEST_F(PositionalQueryTest, ExactKeepsEveryWordAsWritten) {
  PositionalBuilder builder(db, analyzer, true);
  EXPECT_EQ(builder.phrase("social worker").get_description(), "Query((social PHRASE 2 worker))");
}

TEST_F(PositionalQueryTest, APhraseIsAPhraseOfEachWordsForms) {
  PositionalBuilder builder(db, analyzer, false);
  EXPECT_EQ(builder.phrase("Social Worker's").get_description(),
            "Query((social PHRASE 2 (worker OR worker's OR workers)))");
  EXPECT_EQ(builder.terms("life-story work"), (std::vector<std::string>{"life", "story", "work"}));
}

}  // namespace
}  // namespace ofsearch
