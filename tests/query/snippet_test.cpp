#include "query/snippet.h"

#include <gtest/gtest.h>

#include <string>

#include "query/search_request.h"

namespace ofsearch {
namespace {

// An in-memory index of one paragraph, searched with the stemmer the snippet gets.
class SnippetTest : public ::testing::Test {
 protected:
  std::string snippet(const std::string& text, const std::string& query, std::size_t length = 240) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::TermGenerator indexer;
    indexer.set_stemmer(stemmer_);
    Xapian::Document doc;
    indexer.set_document(doc);
    indexer.index_text(text);
    db.add_document(doc);
    Xapian::QueryParser parser;
    parser.set_stemmer(stemmer_);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    Xapian::Enquire enquire(db);
    enquire.set_query(parser.parse_query(query, Xapian::QueryParser::FLAG_PHRASE));
    Xapian::MSet mset = enquire.get_mset(0, 10);
    EXPECT_EQ(mset.size(), 1u) << query;
    return render_highlights(make_snippet(mset, text, length, stemmer_), "[", "]");
  }
  Xapian::Stem stemmer_{"english"};
};

TEST_F(SnippetTest, HighlightsEveryFormOfTheQueryWords) {
  std::string s =
      snippet("Children who go missing from care are seen quickly by workers.", "miss cared");
  EXPECT_NE(s.find("[missing]"), std::string::npos) << s;
  EXPECT_NE(s.find("[care]"), std::string::npos) << s;
  EXPECT_EQ(s.find("[Children]"), std::string::npos) << s;
}

TEST_F(SnippetTest, AMatchedPhraseIsOneHighlight) {
  std::string s =
      snippet("Return home interviews are offered to every child.", "\"return home interviews\"");
  EXPECT_NE(s.find("[Return home interviews]"), std::string::npos) << s;
}

TEST_F(SnippetTest, HyphenatedWordsJoinIntoOneHighlight) {
  std::string s = snippet("Services for 16- and 17-year-olds are strong.", "\"17 year olds\"");
  EXPECT_NE(s.find("[17-year-olds]"), std::string::npos) << s;
}

TEST_F(SnippetTest, GivesPlainTextNotHtmlEntities) {
  std::string s = snippet("Leaders & managers said \"caseloads < 20\" is safe.", "caseloads");
  EXPECT_NE(s.find("Leaders & managers said \"[caseloads] < 20\""), std::string::npos) << s;
  EXPECT_EQ(s.find("&amp;"), std::string::npos) << s;
}

TEST_F(SnippetTest, ALongParagraphIsCutToAboutTheLength) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "Inspectors read case records of many children. ";
  text += "One child went missing.";
  std::string s = snippet(text, "missing", 80);
  EXPECT_NE(s.find("[missing]"), std::string::npos) << s;
  EXPECT_LT(s.size(), 140u) << s;
  EXPECT_NE(s.find("..."), std::string::npos) << s;
}

TEST(RenderHighlights, ReplacesTheDelimitersAndNothingElse) {
  std::string snippet = std::string("go ") + kHighlightOpen + "missing" + kHighlightClose +
                        " from " + kHighlightOpen + "care" + kHighlightClose + " **";
  EXPECT_EQ(render_highlights(snippet, "**", "**"), "go **missing** from **care** **");
  EXPECT_EQ(render_highlights(snippet, "", ""), "go missing from care **");
  EXPECT_EQ(render_highlights(snippet, "\033[1m", "\033[0m"),
            "go \033[1mmissing\033[0m from \033[1mcare\033[0m **");
  EXPECT_EQ(render_highlights("no highlights", "<", ">"), "no highlights");
}

}  // namespace
}  // namespace ofsearch
