// Saved searches run (query/watch_matcher.h) on the bundled index: the paragraphs a
// saved search matches in a report are exactly the hits `search` gives with the same
// query and filters, restricted to that report; --since keeps only reports dated
// after the day given; and a saved search's stored parameters mean what they mean to
// search (a filter narrows, an unknown parameter is refused).
#include "query/watch_matcher.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "index/report_catalog.h"
#include "query/request_params.h"
#include "query/searcher.h"
#include "support/bundled_index.h"

namespace ofsearch {
namespace {

using testing::bundled_index;

SavedSearch saved(const std::string& name, const std::string& query,
                  std::vector<std::pair<std::string, std::string>> params = {}) {
  SavedSearch s;
  s.name = name;
  s.query = query;
  s.params = std::move(params);
  return s;
}

// report id -> paragraph ids `search` returns for the saved search (every hit).
std::map<std::string, std::set<std::string>> searched(const SavedSearch& s) {
  SearchRequest request = watch_request(s);
  request.limit = 100000;
  std::map<std::string, std::set<std::string>> out;
  for (const auto& hit : Searcher(bundled_index()).search(request).hits)
    out[hit.record["report_id"].get<std::string>()].insert(hit.record["id"].get<std::string>());
  return out;
}

std::vector<std::string> report_ids(const Xapian::Database& db) {
  std::vector<std::string> ids;
  for (const auto& r : list_reports(db)) ids.push_back(r["report_id"].get<std::string>());
  return ids;
}

TEST(WatchMatcherTest, MatchesInAReportAreExactlyTheSearchHitsInIt) {
  Xapian::Database db = open_index(bundled_index());
  std::vector<SavedSearch> searches = {
      saved("children", "children"), saved("missing", "\"missing from care\""),
      saved("plans", "plans", {{"year", "2019"}}), saved("front", "front door OR MASH"),
      saved("nothing", "zzzyyyxxx")};
  auto matches = match_reports(db, searches, report_ids(db));
  std::map<std::pair<std::string, std::string>, std::set<std::string>> got;
  for (const auto& m : matches) {
    EXPECT_FALSE(m.paragraph_ids.empty());
    auto& ids = got[std::make_pair(m.watch, m.report_id)];
    ids.insert(m.paragraph_ids.begin(), m.paragraph_ids.end());
    EXPECT_EQ(ids.size(), m.paragraph_ids.size()) << "duplicates";
  }
  std::size_t pairs = 0;
  for (const auto& s : searches) {
    for (const auto& [report, ids] : searched(s)) {
      ++pairs;
      EXPECT_EQ(got[std::make_pair(s.name, report)], ids) << s.name << " in " << report;
    }
  }
  EXPECT_EQ(matches.size(), pairs) << "a match that search does not give";
  EXPECT_GT(pairs, 5u);
}

TEST(WatchMatcherTest, ParagraphIdsComeInTheReportsOrder) {
  Xapian::Database db = open_index(bundled_index());
  for (const auto& m : match_reports(db, {saved("children", "children")}, report_ids(db))) {
    for (std::size_t i = 1; i < m.paragraph_ids.size(); ++i) {
      auto ordinal = [](const std::string& id) { return std::stoi(id.substr(id.find('/') + 1)); };
      EXPECT_LT(ordinal(m.paragraph_ids[i - 1]), ordinal(m.paragraph_ids[i])) << m.report_id;
    }
  }
}

TEST(WatchMatcherTest, SinceKeepsOnlyReportsDatedAfterTheDayNewestFirst) {
  Searcher searcher(bundled_index());
  std::set<std::string> dates;
  for (const auto& r : list_reports(searcher.database()))
    if (r["date"].is_string()) dates.insert(r["date"].get<std::string>());
  ASSERT_GE(dates.size(), 3u);
  SavedSearch s = saved("children", "children");
  for (const auto& since : dates) {
    SCOPED_TRACE(since);
    SearchRequest request = watch_since_request(s, since);
    request.limit = 100000;
    SearchResult result = searcher.search(request);
    std::string previous = "9999";
    Xapian::doccount expected = 0;
    SearchRequest all = watch_request(s);
    all.limit = 100000;
    for (const auto& hit : searcher.search(all).hits)
      if (hit.record["date"].is_string() && hit.record["date"].get<std::string>() > since)
        ++expected;
    EXPECT_EQ(result.total, expected);
    for (const auto& hit : result.hits) {
      std::string date = hit.record["date"].get<std::string>();
      EXPECT_GT(date, since);  // strictly newer: the day itself is left out
      EXPECT_LE(date, previous);
      previous = date;
    }
  }
}

TEST(WatchMatcherTest, AStoredFromLaterThanSinceStillApplies) {
  SavedSearch s = saved("x", "children", {{"from", "2022-01-01"}});
  EXPECT_EQ(*watch_since_request(s, "2019-05-01").from, "2022-01-01");
  EXPECT_EQ(*watch_since_request(s, "2022-06-30").from, "2022-07-01");
  EXPECT_FALSE(watch_since_request(saved("y", "children"), "").from.has_value());
}

TEST(WatchMatcherTest, NextDayCrossesMonthsYearsAndLeapDays) {
  EXPECT_EQ(next_day("2019-12-31"), "2020-01-01");
  EXPECT_EQ(next_day("2020-02-28"), "2020-02-29");
  EXPECT_EQ(next_day("2021-02-28"), "2021-03-01");
  EXPECT_EQ(next_day("2019-04-15"), "2019-04-16");
  EXPECT_THROW(next_day("2019-02-30"), std::invalid_argument);
  EXPECT_THROW(next_day("yesterday"), std::invalid_argument);
}

TEST(WatchMatcherTest, StoredParametersMeanWhatSearchFlagsMean) {
  Xapian::Database db = open_index(bundled_index());
  SavedSearch filtered = saved("f", "children", {{"year", "2019"}});
  SearchRequest request = watch_request(filtered);
  EXPECT_EQ(request.query, "children");
  EXPECT_EQ(request.filters.at("year"), std::vector<std::string>{"2019"});
  EXPECT_THROW(watch_request(saved("bad", "x", {{"colour", "red"}})), RequestParamError);
  EXPECT_THROW(check_watch(db, saved("empty", " ")), SavedSearchError);
  EXPECT_THROW(check_watch(db, saved("unknown", "children", {{"region", "Atlantis"}})),
               std::exception);
  EXPECT_NO_THROW(check_watch(db, filtered));
}

}  // namespace
}  // namespace ofsearch
