// End-to-end search over the bundled corpus: every filter returns exactly the
// paragraphs carrying its tag, phrases exactly the paragraphs containing them,
// facets add up, grouping agrees with ungrouped results.
#include "query/searcher.h"

#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <string>
#include <vector>

#include "query/field_filters.h"
#include "query/query_builder.h"
#include "reference/reference_data.h"
#include "support/bundled_index.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

using testing::bundled_index;
using testing::bundled_paragraphs;
using testing::comparable;

SearchRequest all_of(const std::string& query) {
  SearchRequest r;
  r.query = query;
  r.limit = 10000;
  return r;
}

std::set<std::string> ids(const SearchResult& result) {
  std::set<std::string> out;
  for (const auto& h : result.hits) out.insert(h.record["id"].get<std::string>());
  return out;
}

// Paragraph ids (non-boilerplate) for which pred holds: the expected answer.
template <typename Pred>
std::set<std::string> expected(Pred pred) {
  std::set<std::string> out;
  for (const auto& p : bundled_paragraphs()) {
    if (!p["boilerplate"].get<bool>() && pred(p)) out.insert(p["id"].get<std::string>());
  }
  return out;
}

class SearcherTest : public ::testing::Test {
 protected:
  Searcher searcher{bundled_index()};
};

TEST_F(SearcherTest, PhraseReturnsExactlyTheParagraphsContainingIt) {
  for (const char* phrase :
       {"missing from care", "life story work", "senior leaders", "child protection"}) {
    auto result = searcher.search(all_of(std::string("\"") + phrase + "\""));
    auto want = expected([&](const nlohmann::json& p) {
      return comparable(p["text"].get<std::string>()).find(std::string(" ") + phrase + " ") !=
             std::string::npos;
    });
    EXPECT_FALSE(want.empty()) << phrase;
    EXPECT_EQ(ids(result), want) << phrase;
    EXPECT_EQ(result.total, want.size()) << phrase;
  }
}

TEST_F(SearcherTest, BoilerplateIsExcludedUnlessAskedFor) {
  auto hidden = searcher.search(all_of("\"Piccadilly Gate\""));
  EXPECT_EQ(hidden.total, 0u);
  auto request = all_of("\"Piccadilly Gate\"");
  request.include_boilerplate = true;
  EXPECT_GT(searcher.search(request).total, 0u);
}

TEST_F(SearcherTest, FacetCountsAreExactAndAddUpToTotal) {
  auto request = all_of("children");
  request.facets = true;
  auto result = searcher.search(request);
  ASSERT_GT(result.total, 20u);
  for (const char* field : {"type"}) {
    Xapian::doccount sum = 0;
    for (const auto& [value, count] : result.facets[field]) sum += count;
    EXPECT_EQ(sum, result.total) << field;
  }
  // Authority: every counted paragraph has one; the rest have none.
  auto with_authority = expected([](const nlohmann::json& p) {
    return !p["authority"].is_null() &&
           comparable(p["text"].get<std::string>()).find("children") != std::string::npos;
  });
  Xapian::doccount authority_sum = 0;
  for (const auto& [value, count] : result.facets["authority"]) authority_sum += count;
  EXPECT_LE(authority_sum, result.total);
  EXPECT_GE(authority_sum, with_authority.size() / 2);
}

TEST_F(SearcherTest, WithoutFacetsTheTotalIsStillExactAndNoFacetsAreCounted) {
  for (const char* q : {"children", "\"missing from care\"", "rotherham OR rutland", "care*"}) {
    auto with = all_of(q);
    with.facets = true;
    auto counted = searcher.search(with);
    auto plain = searcher.search(all_of(q));
    EXPECT_EQ(plain.total, counted.total) << q;
    EXPECT_FALSE(counted.facets.empty()) << q;
    EXPECT_TRUE(plain.facets.empty()) << q;
    ASSERT_EQ(plain.hits.size(), counted.hits.size()) << q;
    for (std::size_t i = 0; i < plain.hits.size(); ++i)
      EXPECT_EQ(plain.hits[i].docid, counted.hits[i].docid) << q;
  }
}

TEST_F(SearcherTest, EveryGradeFilterReturnsExactlyTheTaggedParagraphs) {
  for (const char* grade :
       {"outstanding", "good", "adequate", "requires-improvement", "inadequate"}) {
    SearchRequest r = all_of("");
    r.filters["grade"] = {grade};
    auto result = searcher.search(r);
    EXPECT_EQ(ids(result), expected([&](const nlohmann::json& p) {
                return p["grade"].is_string() && p["grade"] == grade;
              }))
        << grade;
  }
}

TEST_F(SearcherTest, GradeLevelThreeMeansAdequateOrRequiresImprovement) {
  SearchRequest r = all_of("");
  r.filters["grade"] = {"3"};
  EXPECT_EQ(ids(searcher.search(r)), expected([](const nlohmann::json& p) {
              return p["grade"] == "adequate" || p["grade"] == "requires-improvement";
            }));
}

TEST_F(SearcherTest, TypeAuthorityAndYearFiltersReturnExactlyTheTaggedParagraphs) {
  std::set<std::string> types, authorities, years;
  for (const auto& p : bundled_paragraphs()) {
    types.insert(p["report_type"].get<std::string>());
    if (p["authority"].is_string()) authorities.insert(p["authority"].get<std::string>());
    if (p["date"].is_string()) years.insert(p["date"].get<std::string>().substr(0, 4));
  }
  for (const auto& type : types) {
    SearchRequest r = all_of("");
    r.filters["type"] = {type};
    EXPECT_EQ(ids(searcher.search(r)),
              expected([&](const nlohmann::json& p) { return p["report_type"] == type; }))
        << type;
  }
  for (const auto& authority : authorities) {
    SearchRequest r = all_of("");
    r.filters["authority"] = {authority};
    EXPECT_EQ(ids(searcher.search(r)),
              expected([&](const nlohmann::json& p) { return p["authority"] == authority; }))
        << authority;
  }
  for (const auto& year : years) {
    SearchRequest r = all_of("");
    r.filters["year"] = {year};
    EXPECT_EQ(ids(searcher.search(r)), expected([&](const nlohmann::json& p) {
                return p["date"].is_string() && p["date"].get<std::string>().substr(0, 4) == year;
              }))
        << year;
  }
}

TEST_F(SearcherTest, UndatedParagraphsAreOutsideEveryDateRange) {
  SearchRequest r = all_of("");
  r.from = "1900-01-01";
  r.to = "2100-12-31";
  auto result = searcher.search(r);
  EXPECT_EQ(ids(result), expected([](const nlohmann::json& p) { return p["date"].is_string(); }));
  EXPECT_LT(result.total, expected([](const nlohmann::json&) { return true; }).size());
}

TEST_F(SearcherTest, DateRangeIsInclusive) {
  SearchRequest r = all_of("");
  r.filters["year"] = {"2019..2022"};
  auto years = searcher.search(r);
  SearchRequest d = all_of("date:2019-01-01..2022-12-31");
  EXPECT_EQ(ids(years), ids(searcher.search(d)));
  EXPECT_GT(years.total, 0u);
}

TEST_F(SearcherTest, PerReportKeepsOneParagraphPerMatchingReport) {
  auto flat = searcher.search(all_of("social workers"));
  SearchRequest r = all_of("social workers");
  r.per_report = true;
  auto collapsed = searcher.search(r);
  std::set<std::string> flat_reports, collapsed_reports;
  for (const auto& h : flat.hits) flat_reports.insert(h.record["report_id"].get<std::string>());
  for (const auto& h : collapsed.hits)
    collapsed_reports.insert(h.record["report_id"].get<std::string>());
  EXPECT_EQ(collapsed_reports, flat_reports);
  EXPECT_EQ(collapsed.hits.size(), collapsed_reports.size());
  EXPECT_EQ(collapsed.total, flat.total);
  EXPECT_EQ(collapsed.reports, flat_reports.size());
}

TEST_F(SearcherTest, GroupCountsAddUpToTotal) {
  for (GroupBy g : {GroupBy::kAuthority, GroupBy::kReport, GroupBy::kYear}) {
    SearchRequest r = all_of("children");
    r.group_by = g;
    auto result = searcher.search(r);
    Xapian::doccount sum = 0;
    for (const auto& group : result.groups) sum += group.count;
    EXPECT_EQ(sum, result.total);
  }
}

TEST_F(SearcherTest, CapitalsCurlyQuotesAndHyphensFindTheTextAsWritten) {
  auto plain = searcher.search(all_of("\"life story work\""));
  EXPECT_EQ(ids(searcher.search(all_of("\"Life-Story Work\""))), ids(plain));
  auto straight = searcher.search(all_of("children's"));
  EXPECT_EQ(ids(searcher.search(all_of("children\xE2\x80\x99s"))), ids(straight));
  EXPECT_EQ(ids(searcher.search(all_of("REFERRALS"))), ids(searcher.search(all_of("referrals"))));
}

TEST_F(SearcherTest, AcronymsExpandUnlessExact) {
  SearchRequest r = all_of("LADO");
  auto expanded = searcher.search(r);
  r.exact = true;
  auto exact = searcher.search(r);
  EXPECT_GT(expanded.total, exact.total);
  auto spelled = expected([](const nlohmann::json& p) {
    return comparable(p["text"].get<std::string>()).find(" designated officer ") !=
           std::string::npos;
  });
  for (const auto& id : spelled) EXPECT_TRUE(ids(expanded).count(id)) << id;
}

// Issue 17: an acronym finds every wording reports use, and a paragraph found through
// a synonym ranks by it (its concept term has the wdf of the wording, not 0).
TEST_F(SearcherTest, AnAcronymFindsAndRanksEveryWordingOfItsConcept) {
  auto cse = searcher.search(all_of("CSE"));
  auto spelled = expected([](const nlohmann::json& p) {
    return comparable(p["text"].get<std::string>()).find(" sexual exploitation ") !=
           std::string::npos;
  });
  ASSERT_FALSE(spelled.empty());
  for (const auto& hit : cse.hits) {
    if (spelled.count(hit.record["id"].get<std::string>())) {
      EXPECT_GT(hit.score, 0.0) << hit.record["id"];
    }
  }
  for (const auto& id : spelled) EXPECT_TRUE(ids(cse).count(id)) << id;
}

// Regression (issue 17): the typed form of a synonym was counted twice, as itself and
// through its concept term, so "UASC" ranked paragraphs that wrote the acronym above
// those about unaccompanied children in other words. Any member typed now ranks by the
// concept alone: the weighted hits of two members are the same paragraphs in the same
// order with the same scores.
TEST_F(SearcherTest, EveryMemberOfASynonymGroupRanksTheConceptAlike) {
  for (auto [a, b] :
       {std::pair{"CSE", "sexual exploitation"}, std::pair{"IRO", "independent reviewing officer"},
        std::pair{"LADO", "designated officer"}}) {
    auto weighted = [&](const char* query) {
      std::vector<std::pair<std::string, double>> out;
      for (const auto& h : searcher.search(all_of(query)).hits)
        if (h.score > 0) out.emplace_back(h.record["id"].get<std::string>(), h.score);
      return out;
    };
    auto first = weighted(a);
    EXPECT_GT(first.size(), 2u) << a;
    auto second = weighted(b);
    ASSERT_EQ(first.size(), second.size()) << a << " / " << b;
    for (std::size_t i = 0; i < first.size(); ++i) {
      EXPECT_EQ(first[i].first, second[i].first) << a << " / " << b << " at " << i;
      EXPECT_NEAR(first[i].second, second[i].second, 1e-9) << a << " / " << b << " at " << i;
    }
  }
}

TEST_F(SearcherTest, SynonymsAreNotExpandedInsidePhrases) {
  auto phrase = searcher.search(all_of("\"LAC\""));
  auto want = expected([](const nlohmann::json& p) {
    return comparable(p["text"].get<std::string>()).find(" lac ") != std::string::npos;
  });
  EXPECT_EQ(ids(phrase), want);
}

// "return home interview" also finds "return home interviews" (issue 17 item 4);
// --exact keeps the words as written.
TEST_F(SearcherTest, APhraseMatchesEveryFormOfItsWordsUnlessExact) {
  struct Row {
    const char* phrase;
    std::vector<std::string> forms;  // as comparable() writes them
  };
  for (const Row& row :
       {Row{"care leaver", {"care leaver", "care leavers"}},
        Row{"child protection plan", {"child protection plan", "child protection plans"}},
        Row{"missing episode", {"missing episode", "missing episodes"}}}) {
    auto has = [](const nlohmann::json& p, const std::string& words) {
      return comparable(p["text"].get<std::string>()).find(" " + words + " ") != std::string::npos;
    };
    auto any_form = expected([&](const nlohmann::json& p) {
      for (const auto& form : row.forms)
        if (has(p, form)) return true;
      return false;
    });
    auto request = all_of(std::string("\"") + row.phrase + "\"");
    EXPECT_EQ(ids(searcher.search(request)), any_form) << row.phrase;
    request.exact = true;
    auto as_written = expected([&](const nlohmann::json& p) { return has(p, row.phrase); });
    EXPECT_EQ(ids(searcher.search(request)), as_written) << row.phrase;
    EXPECT_LT(as_written.size(), any_form.size()) << row.phrase;
  }
}

TEST_F(SearcherTest, SuggestsASpellingThatFindsSomething) {
  auto result = searcher.search(all_of("safegaurding"));
  ASSERT_TRUE(result.suggestion);
  EXPECT_EQ(*result.suggestion, "safeguarding");
  EXPECT_GT(searcher.search(all_of(*result.suggestion)).total, 0u);
}

TEST_F(SearcherTest, SimilarParagraphsComeFromOtherReports) {
  auto seed = searcher.search(all_of("\"missing from care\""));
  ASSERT_FALSE(seed.hits.empty());
  std::string id = seed.hits.front().record["id"];
  std::string report = seed.hits.front().record["report_id"];
  auto similar = searcher.similar(id, all_of(""));
  ASSERT_FALSE(similar.hits.empty());
  for (const auto& h : similar.hits) EXPECT_NE(h.record["report_id"], report);
}

TEST_F(SearcherTest, UnknownValuesAreErrorsNamingTheClosest) {
  SearchRequest r = all_of("");
  r.filters["authority"] = {"Rutlund"};
  try {
    searcher.search(r);
    FAIL() << "no error";
  } catch (const UnknownValueError& e) {
    EXPECT_NE(std::string(e.what()).find("Rutland"), std::string::npos) << e.what();
  }
  EXPECT_THROW(searcher.search(all_of("autority:rutland")), UnknownValueError);
  EXPECT_THROW(searcher.search(all_of("grade:splendid")), UnknownValueError);
}

// "theme:" with nothing after it once searched the word "theme".
struct EmptyFieldCase {
  const char* query;          // query string
  const char* filter;         // or a flag given an empty value
  std::string (*must_say)();  // a value the message lists (read from corpus/ at run time)
};

class EmptyFieldValueTest : public SearcherTest,
                            public ::testing::WithParamInterface<EmptyFieldCase> {};

TEST_P(EmptyFieldValueTest, IsAnErrorListingTheValues) {
  SearchRequest r = all_of(GetParam().query);
  if (*GetParam().filter) r.filters[GetParam().filter] = {""};
  try {
    searcher.search(r);
    FAIL() << "no error";
  } catch (const UnknownValueError& e) {
    EXPECT_NE(std::string(e.what()).find("needs a value"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(GetParam().must_say()), std::string::npos) << e.what();
  }
}

const ReferenceData& ref() { return reference_data(); }

INSTANTIATE_TEST_SUITE_P(
    Fields, EmptyFieldValueTest,
    ::testing::Values(
        EmptyFieldCase{"theme:", "", [] { return std::string(ref().themes.all().back().id); }},
        EmptyFieldCase{"care theme:", "",
                       [] { return std::string(ref().themes.all().front().id); }},
        EmptyFieldCase{"theme: care", "",
                       [] { return std::string(ref().themes.all().front().id); }},
        EmptyFieldCase{"care AND (type:)", "",
                       [] { return std::string(ref().report_types.all().back().id); }},
        EmptyFieldCase{"Grade:", "", [] { return std::string(ref().grades.all().front().word); }},
        EmptyFieldCase{"region: care", "",
                       [] { return std::string(ref().authorities.regions().front()); }},
        EmptyFieldCase{"authority:", "",
                       [] { return std::string(ref().authorities.all().front().slug); }},
        EmptyFieldCase{"year:", "", [] { return std::string("YYYY"); }},
        EmptyFieldCase{"date:", "", [] { return std::string("YYYY"); }},
        EmptyFieldCase{"theme:\"\"", "", [] { return std::string(ref().themes.all().front().id); }},
        EmptyFieldCase{"care", "theme", [] { return std::string(ref().themes.all().front().id); }}),
    [](const auto& info) { return testing::case_name(info.param.query, info.index); });

TEST_F(SearcherTest, AFieldValueAfterItsColonStillFilters) {
  EXPECT_NO_THROW(searcher.search(all_of("theme:exploitation")));
  EXPECT_NO_THROW(searcher.search(all_of("\"theme: care\"")));  // inside quotes: text
}

// A 250 kB query once ran for 45 s.
TEST_F(SearcherTest, AQueryOverTheLengthCapIsRefusedAtOnce) {
  std::string words;
  while (words.size() < 250 * 1024) words += "care leavers ";
  auto start = std::chrono::steady_clock::now();
  try {
    searcher.search(all_of(words));
    FAIL() << "no error";
  } catch (const UnknownValueError& e) {
    EXPECT_NE(std::string(e.what()).find("too long"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(std::to_string(kMaxQueryBytes)), std::string::npos);
  }
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 1.0);
  std::string at_cap = words.substr(0, kMaxQueryBytes);
  EXPECT_NO_THROW(searcher.search(all_of(at_cap)));
}

TEST_F(SearcherTest, AuthorityAcceptsAliasesAndSlugs) {
  SearchRequest canonical = all_of("");
  canonical.filters["authority"] = {"Rotherham"};
  auto want = ids(searcher.search(canonical));
  ASSERT_FALSE(want.empty());
  EXPECT_EQ(ids(searcher.search(all_of("authority:\"Rotherham MBC\""))), want);
  EXPECT_EQ(ids(searcher.search(all_of("authority:rotherham"))), want);
}

}  // namespace
}  // namespace ofsearch
