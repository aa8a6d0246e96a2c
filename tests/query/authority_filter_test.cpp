// Every authority in the gazetteer can be found by filter: the indexer's
// authority terms are the gazetteer's slugs, which the query side filters on
// (they were once derived separately on each side); and by its statistical neighbours.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <set>

#include "index/index_writer.h"
#include "query/field_filters.h"
#include "query/request_params.h"
#include "query/searcher.h"
#include "reference/reference_data.h"

namespace ofsearch {
namespace {

TEST(AuthorityFilterTest, EveryGazetteerAuthorityIsFoundByNameAliasAndRegion) {
  auto dir = std::filesystem::temp_directory_path() /
             ("ofsearch-authorities-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  const auto& authorities = reference_data().authorities.all();
  {
    IndexWriter writer(dir, false);
    for (const auto& a : authorities) {
      Report r;
      r.report_id = a.slug;
      r.authority = a.name;
      r.region = a.region;
      Paragraph p;
      p.ordinal = 1;
      p.text = "Senior leaders know their services well.";
      r.paragraphs.push_back(p);
      writer.add(r);
    }
  }
  Searcher searcher(dir);
  for (const auto& a : authorities) {
    for (const std::string& name : {a.name, a.slug}) {
      SearchRequest request;
      request.filters["authority"] = {name};
      auto result = searcher.search(request);
      ASSERT_EQ(result.total, 1u) << name;
      EXPECT_EQ(result.hits.at(0).record["report_id"], a.slug) << name;
    }
    if (!a.aliases.empty()) {
      SearchRequest request;
      request.filters["authority"] = {a.aliases.front()};
      EXPECT_EQ(searcher.search(request).total, 1u) << a.aliases.front();
    }
  }
  for (const auto& region : reference_data().authorities.regions()) {
    SearchRequest request;
    request.filters["region"] = {region};
    auto expected = std::count_if(authorities.begin(), authorities.end(),
                                  [&](const Authority& a) { return a.region == region; });
    EXPECT_EQ(searcher.search(request).total, static_cast<Xapian::doccount>(expected)) << region;
  }
  // neighbours:NAME (and --neighbours-of / ?neighbours_of=) finds exactly the
  // authority's ten statistical neighbours, never the authority itself.
  std::size_t checked = 0;
  for (const auto& a : authorities) {
    if (a.neighbours.empty()) continue;
    std::set<std::string> want;
    for (const auto& code : a.neighbours)
      want.insert(reference_data().authorities.find_by_la_code(code)->slug);
    SearchRequest by_query;
    by_query.query = "neighbours:\"" + a.name + "\"";
    by_query.limit = 100;
    SearchRequest by_param =
        request_from_params({{"neighbours_of", a.name}, {"limit", "100"}}, true);
    for (const auto& request : {by_query, by_param}) {
      std::set<std::string> got;
      for (const auto& hit : searcher.search(request).hits) got.insert(hit.record["report_id"]);
      EXPECT_EQ(got, want) << a.name;
      EXPECT_FALSE(got.count(a.slug)) << a.name;
    }
    ++checked;
  }
  EXPECT_GE(checked, 150u);
  SearchRequest none;
  none.filters["neighbours"] = {"Cumbria"};  // abolished: the lookup lists no neighbours
  EXPECT_THROW(searcher.search(none), UnknownValueError);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ofsearch
