#include "query/result_format.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace ofsearch {
namespace {

// A hit as the Searcher makes it: the stored record and a highlighted snippet.
Hit hit(const std::string& id, const std::string& authority, const std::string& text) {
  Hit h;
  h.docid = 7;
  h.score = 12.5;
  h.record = {{"id", id},
              {"report_id", "r1"},
              {"paragraph", 12},
              {"number", "16"},
              {"page", 3},
              {"section", {"Leadership", "Summary"}},
              {"authority", authority},
              {"region", "North West"},
              {"date", "2019-04-15"},
              {"report_type", "focused-visit"},
              {"title", "Focused visit to Rotherham"},
              {"source", "letter.pdf"},
              {"grade", "good"},
              {"overall_grade", nullptr},
              {"themes", {"permanence", "missing"}},
              {"text", text}};
  h.snippet =
      std::string("children ") + kHighlightOpen + "missing" + kHighlightClose + " from care";
  return h;
}

SearchResult result_of_one_hit() {
  SearchResult r;
  r.query = "missing";
  r.total = 1;
  r.hits.push_back(hit("r1/12", "Rotherham", "Children missing from care, \"often\", return."));
  r.facets["grade"] = {{"good", 1}};
  return r;
}

TEST(ResultJson, HoldsTheRecordScoreSnippetAndTheAnswersFields) {
  SearchRequest request;
  request.offset = 20;
  nlohmann::json j = result_json(result_of_one_hit(), request);
  EXPECT_EQ(j["query"], "missing");
  EXPECT_EQ(j["total"], 1);
  EXPECT_EQ(j["exact"], true);
  EXPECT_EQ(j["offset"], 20);
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_EQ(j["hits"][0]["id"], "r1/12");
  EXPECT_EQ(j["hits"][0]["score"], 12.5);
  EXPECT_EQ(j["hits"][0]["snippet"], "children **missing** from care");
  EXPECT_EQ(j["facets"]["grade"]["good"], 1);
  EXPECT_TRUE(j["suggestion"].is_null());
  EXPECT_EQ(j["match"], "all");
  EXPECT_TRUE(j["near_misses"].is_array() && j["near_misses"].empty());
  EXPECT_FALSE(j.contains("groups"));   // only when grouping
  EXPECT_FALSE(j.contains("reports"));  // only per report
}

TEST(ResultJson, GroupsNameTheirKeyOrNull) {
  SearchResult r;
  r.total = 3;
  r.groups.push_back(Group{"rotherham", 2, hit("r1/12", "Rotherham", "a")});
  r.groups.push_back(Group{"", 1, hit("r2/1", "Leeds", "b")});
  r.near_misses.push_back(NearMiss{"care", 4});
  r.suggestion = "missing";
  r.match = MatchMode::kMost;
  SearchRequest request;
  request.group_by = GroupBy::kAuthority;
  request.per_report = true;
  r.reports = 2;
  nlohmann::json j = result_json(r, request);
  EXPECT_EQ(j["group_by"], "authority");
  ASSERT_EQ(j["groups"].size(), 2u);
  EXPECT_EQ(j["groups"][0]["key"], "rotherham");
  EXPECT_EQ(j["groups"][0]["count"], 2);
  EXPECT_EQ(j["groups"][0]["best"]["id"], "r1/12");
  EXPECT_TRUE(j["groups"][1]["key"].is_null());
  EXPECT_EQ(j["reports"], 2);
  EXPECT_EQ(j["suggestion"], "missing");
  EXPECT_EQ(j["match"], "most");
  EXPECT_EQ(j["near_misses"][0]["missing"], "care");
  EXPECT_EQ(j["near_misses"][0]["paragraphs"], 4);
}

TEST(WriteText, PrintsTheTotalAndEachHitWithItsCitation) {
  std::ostringstream out;
  write_text(out, result_of_one_hit(), SearchRequest{}, FormatOptions{});
  EXPECT_EQ(out.str(),
            "1 paragraph matches\n\n"
            "1. Rotherham | 2019-04-15 | focused-visit | grade: good | Leadership > Summary\n"
            "   children **missing** from care\n"
            "   [r1/12] p. 3\n");
}

TEST(WriteText, TerminalBoldFullTextFacetsAndRanksAfterTheOffset) {
  SearchRequest request;
  request.offset = 10;
  FormatOptions bold;
  bold.terminal = true;
  std::ostringstream terminal;
  write_text(terminal, result_of_one_hit(), request, bold);
  EXPECT_NE(terminal.str().find("11. Rotherham"), std::string::npos) << terminal.str();
  EXPECT_NE(terminal.str().find("children \033[1mmissing\033[0m from care"), std::string::npos);

  FormatOptions full;
  full.full_text = true;
  full.show_facets = true;
  std::ostringstream text;
  write_text(text, result_of_one_hit(), SearchRequest{}, full);
  EXPECT_NE(text.str().find("   Children missing from care, \"often\", return.\n"),
            std::string::npos)
      << text.str();
  EXPECT_NE(text.str().find("Facets (exact, over all 1 matches):\n  grade:  good 1\n"),
            std::string::npos)
      << text.str();
}

TEST(WriteText, SaysWhatMatchingAllButOneWordWouldAdd) {
  SearchResult r;
  r.total = 0;
  r.near_misses = {NearMiss{"achieving", 28}, NearMiss{"in", 3}};
  r.suggestion = "achieving permanence";
  std::ostringstream out;
  write_text(out, r, SearchRequest{}, FormatOptions{});
  EXPECT_EQ(out.str(),
            "0 paragraphs match\n"
            "Missing: achieving (28 more paragraphs), in (3); --match most includes these 31\n"
            "Did you mean: achieving permanence\n\n");
}

TEST(WriteCsv, OneQuotedRowPerHitUnderTheHeader) {
  std::ostringstream out;
  write_csv(out, result_of_one_hit());
  std::string csv = out.str();
  std::string header =
      "id,report_id,paragraph,number,page,section,authority,region,grade,overall_grade,outcome,"
      "themes,focus_areas,report_type,date,inspectors,la_code,ons_code,title,source,score,snippet,"
      "text\n";
  ASSERT_EQ(csv.substr(0, header.size()), header);
  EXPECT_EQ(csv.substr(header.size()),
            "r1/12,r1,12,16,3,Leadership > Summary,Rotherham,North West,good,,,permanence;missing,,"
            "focused-visit,2019-04-15,,,,Focused visit to Rotherham,letter.pdf,12.5,"
            "children **missing** from care,"
            "\"Children missing from care, \"\"often\"\", return.\"\n");
}

TEST(WriteCsv, GroupsAddTheirKeyAndCountFirst) {
  SearchResult r;
  r.groups.push_back(Group{"2019", 5, hit("r1/12", "Rotherham", "a")});
  std::ostringstream out;
  write_csv(out, r);
  std::string csv = out.str();
  EXPECT_EQ(csv.rfind("group,count,id,", 0), 0u) << csv;
  EXPECT_NE(csv.find("\n2019,5,r1/12,"), std::string::npos) << csv;
}

}  // namespace
}  // namespace ofsearch
