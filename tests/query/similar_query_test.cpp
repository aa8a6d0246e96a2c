// "Similar paragraphs" rest on the words that carry a paragraph's meaning: no stop word
// is among the words it ranks on or highlighted in a snippet, a lightly edited copy of a
// paragraph in another report ranks first, and the answer is a top list, never a
// total of every paragraph that shares a word (issue 14 item 8: 198 of 377 bundled
// paragraphs "matched" one paragraph, with "the", "of", "and" highlighted).
#include "query/similar_query.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "index/index_writer.h"
#include "indexer/write/report_builder.h"
#include "query/result_format.h"
#include "query/searcher.h"
#include "reference/reference_data.h"
#include "stemming/stop_words.h"
#include "support/bundled_index.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

const fs::path kBundled = OFSEARCH_SOURCE_DIR "/corpus/reports";
const char kRutland[] = "000_ca7f3efedd020b83.txt";    // focused visit letter, 2022
const char kRotherham[] = "004_5afff43e7ce7bb93.txt";  // focused visit letter, 2019

// The highlighted words of a snippet, split at anything but letters, digits and apostrophes.
std::vector<std::string> highlighted_words(const std::string& snippet) {
  std::vector<std::string> words;
  for (std::size_t open = snippet.find(kHighlightOpen); open != std::string::npos;
       open = snippet.find(kHighlightOpen, open + 1)) {
    std::size_t close = snippet.find(kHighlightClose, open);
    std::string span = snippet.substr(open + 1, close - open - 1);
    std::string word;
    for (char c : span + " ") {
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' ||
          static_cast<unsigned char>(c) >= 0x80) {
        word += c;
      } else if (!word.empty()) {
        words.push_back(word);
        word.clear();
      }
    }
  }
  return words;
}

std::string read_line_with(const fs::path& file, const std::string& words) {
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);)
    if (line.find(words) != std::string::npos) return line;
  return {};
}

void replace(std::string& text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
}

SearchRequest top(std::size_t limit) {
  SearchRequest r;
  r.limit = limit;
  return r;
}

// Two bundled reports and a third, small report holding a lightly edited copy of one
// of Rotherham's paragraphs among other text.
class SimilarNearDuplicateTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::path(::testing::TempDir()) / ("similar-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "corpus");
    for (const char* name : {kRutland, kRotherham})
      fs::copy_file(kBundled / name, dir_ / "corpus" / name);

    std::string copy =
        read_line_with(kBundled / kRotherham, "Reviews of children's plans are well attended");
    ASSERT_FALSE(copy.empty());
    replace(copy, "well attended and well recorded", "well attended and carefully recorded");
    replace(copy, "is discursive", "is largely descriptive");
    replace(copy, "Intelligence gathered by IROs", "What IROs gather");
    std::ofstream(dir_ / "corpus" / "near_copy.txt")
        << "Improvement plan for children in care\n\n"
        << "The council set out its response to the focused visit in a plan for its "
           "corporate parenting board.\n\n"
        << copy << "\n\n"
        << "Leaders will report progress against the plan to the board every quarter.\n";

    IndexWriter writer(dir_ / "index", false);
    for (const auto& entry : fs::directory_iterator(dir_ / "corpus"))
      writer.add(build_report_from_file(entry.path(), {}, reference_data()));
    writer.commit();
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }

  static fs::path dir_;
};
fs::path SimilarNearDuplicateTest::dir_;

TEST_F(SimilarNearDuplicateTest, AnEditedCopyInAnotherReportRanksFirst) {
  Searcher searcher(dir_ / "index");
  SearchRequest find = top(10);
  find.query = "\"right child right care\"";
  std::string source;
  for (const auto& hit : searcher.search(find).hits) {
    if (hit.record["source"].get<std::string>().find(kRotherham) != std::string::npos)
      source = hit.record["id"];
  }
  ASSERT_FALSE(source.empty());

  SearchResult similar = searcher.similar(source, top(5));
  ASSERT_FALSE(similar.hits.empty());
  const auto& first = similar.hits.front().record;
  EXPECT_NE(first["source"].get<std::string>().find("near_copy.txt"), std::string::npos)
      << first["text"];
  EXPECT_NE(first["text"].get<std::string>().find("carefully recorded"), std::string::npos);
  if (similar.hits.size() > 1) {
    EXPECT_GT(similar.hits[0].score, 1.5 * similar.hits[1].score);
  }
}

TEST(SimilarBundledTest, NoStopWordIsRankedOnOrHighlighted) {
  Searcher searcher(testing::bundled_index());
  const StopWords& stop = default_stop_words();
  std::size_t checked = 0;
  for (const auto& p : testing::bundled_paragraphs()) {
    if (p["boilerplate"].get<bool>() || p["text"].get<std::string>().size() < 200) continue;
    if (++checked > 40) break;
    const std::string id = p["id"];
    SearchResult result = searcher.similar(id, top(10));
    ASSERT_TRUE(result.similar_to);
    EXPECT_FALSE(result.similar_words.empty()) << id;
    for (const auto& word : result.similar_words) EXPECT_FALSE(stop.is_stop_word(word)) << word;
    for (const auto& hit : result.hits) {
      EXPECT_NE(hit.record["report_id"], p["report_id"]);
      for (const auto& word : highlighted_words(hit.snippet))
        EXPECT_FALSE(stop.is_stop_word(word)) << id << ": '" << word << "' in " << hit.snippet;
    }
  }
  EXPECT_GT(checked, 40u);
}

TEST(SimilarBundledTest, ShowsATopListNotATotal) {
  Searcher searcher(testing::bundled_index());
  SearchRequest request = top(5);
  SearchResult result = searcher.similar("000_ca7f3efedd020b83/22", request);
  ASSERT_EQ(result.hits.size(), 5u);

  nlohmann::json json = result_json(result, request);
  EXPECT_FALSE(json.contains("total")) << json.dump();
  EXPECT_FALSE(json.contains("facets"));
  EXPECT_EQ(json["similar_to"], "000_ca7f3efedd020b83/22");
  EXPECT_EQ(json["top"], 5u);
  EXPECT_EQ(json["hits"].size(), 5u);
  EXPECT_EQ(json["words"].size(), result.similar_words.size());

  std::ostringstream text;
  write_text(text, result, request, FormatOptions{});
  EXPECT_EQ(text.str().rfind("Top 5 paragraphs similar to 000_ca7f3efedd020b83/22", 0), 0u)
      << text.str();
  const std::string heading = text.str().substr(0, text.str().find('\n'));
  EXPECT_EQ(heading.find("match"), std::string::npos) << heading;
}

TEST(SimilarBundledTest, AnUnknownParagraphIsAnErrorNamingIt) {
  Searcher searcher(testing::bundled_index());
  try {
    searcher.similar("no_such/3", top(5));
    ADD_FAILURE() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("no_such/3"), std::string::npos) << e.what();
  }
}

TEST(StopWords, TheListHoldsFunctionWordsAndTheirStems) {
  const StopWords& stop = default_stop_words();
  for (const char* word : {"the", "of", "and", "in", "are", "The", "don't", "don\xE2\x80\x99t"})
    EXPECT_TRUE(stop.is_stop_word(word)) << word;
  for (const char* word : {"care", "children", "leaders", "permanence"})
    EXPECT_FALSE(stop.is_stop_word(word)) << word;
  Analyzer analyzer;
  EXPECT_TRUE(stop.is_stop_stem(analyzer.stem("any")));
  EXPECT_FALSE(stop.is_stop_stem(analyzer.stem("planning")));
}

}  // namespace
}  // namespace ofsearch
