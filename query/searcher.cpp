#include "query/searcher.h"

#include <algorithm>
#include <map>
#include <utility>

#include "index/report_catalog.h"
#include "query/facet_counts.h"
#include "query/near_misses.h"
#include "query/query_builder.h"
#include "query/similar_query.h"
#include "query/snippet.h"
#include "reference/reference_data.h"
#include "schema/schema.h"

namespace ofsearch {
namespace {

constexpr int kRetries = 5;

std::optional<Xapian::valueno> collapse_slot(const SearchRequest& request) {
  switch (request.group_by) {
    case GroupBy::kAuthority:
      return schema::kSlotAuthority;
    case GroupBy::kReport:
      return schema::kSlotReportId;
    case GroupBy::kYear:
      return schema::kSlotYear;
    case GroupBy::kNone:
      break;
  }
  if (request.per_report) return schema::kSlotReportId;
  return std::nullopt;
}

Hit make_hit(const Xapian::MSetIterator& it, const Xapian::MSet& mset, std::size_t snippet_length,
             const Xapian::Stem& stemmer) {
  Hit hit;
  hit.docid = *it;
  hit.score = it.get_weight();
  Xapian::Document doc = it.get_document();
  hit.record = nlohmann::json::parse(doc.get_data());
  hit.snippet = make_snippet(mset, hit.record["text"].get<std::string>(), snippet_length, stemmer);
  return hit;
}

FacetField group_field(GroupBy group_by) {
  switch (group_by) {
    case GroupBy::kAuthority:
      return kFacetAuthority;
    case GroupBy::kYear:
      return kFacetYear;
    default:
      return kFacetReport;
  }
}

// One row per group on this page; paragraphs without the grouping value are not
// collapsed by Xapian, so they are shown once, as the "" group.
std::vector<Group> make_groups(const SearchRequest& request, const std::vector<RankedMatch>& page,
                               Xapian::valueno slot, const FacetSpy& spy,
                               const Xapian::Stem& stemmer) {
  std::vector<Group> groups;
  bool none_seen = false;
  for (const auto& match : page) {
    std::string key = match.it.get_document().get_value(slot);
    if (key.empty() && std::exchange(none_seen, true)) continue;
    groups.push_back({key, spy.count_of(group_field(request.group_by), key),
                      make_hit(match.it, *match.mset, request.snippet_length, stemmer)});
  }
  return groups;
}

// What a reader needs to cite a hit beyond its paragraph record: the file it came
// from and the report's title, read once per report from the report records.
void add_citations(SearchResult& result, const Xapian::Database& db) {
  std::map<std::string, nlohmann::json> reports;
  auto cite = [&](Hit& hit) {
    const std::string id = hit.record.value("report_id", "");
    auto it = reports.find(id);
    if (it == reports.end()) it = reports.emplace(id, stored_report(db, id)).first;
    const nlohmann::json& report = it->second;
    bool known = report.is_object();
    hit.record["source"] = known ? report.value("source", nlohmann::json(nullptr)) : nullptr;
    hit.record["title"] = known ? report.value("title", nlohmann::json(nullptr)) : nullptr;
  };
  for (Hit& hit : result.hits) cite(hit);
  for (Group& group : result.groups) cite(group.best);
}

SearchResult start_result(const SearchRequest& request, Xapian::doccount total,
                          const std::optional<FacetSpy>& spy) {
  SearchResult result;
  result.query = request.query;
  result.total = total;
  if (spy) {
    if (request.facets) result.facets = spy->counts();
    result.reports = spy->distinct_reports();
  }
  return result;
}

}  // namespace

Searcher::Searcher(const std::filesystem::path& dir)
    : dir_(dir), db_(open_index(dir)), counter_(dir) {
  if (db_.get_doccount() == 0) {
    throw std::runtime_error("the index at " + dir.string() +
                             " is empty (run 'ofsearch index' first)");
  }
}

bool Searcher::refresh() {
  if (!db_.reopen()) return false;
  column_.reset();
  counter_.reopen();
  return true;
}

template <typename Run>
SearchResult Searcher::with_retry(Run run) {
  for (int attempt = 1;; ++attempt) {
    try {
      return run();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kRetries) throw;
      db_.reopen();  // a writer committed while we read: start again on the new revision
      column_.reset();
      counter_.reopen();
    }
  }
}

SearchResult Searcher::search(const SearchRequest& request) {
  return with_retry([&] {
    QueryBuilder builder(db_, reference_data());
    BuiltQuery built = builder.build(request);
    NearMissQueries near = near_miss_queries(builder, request, built);
    bool most = request.match == MatchMode::kMost && !near.words.empty();
    SearchResult result = run(request, most ? near.most : built.query);
    result.near_misses = count_near_misses(near);
    result.match = most ? MatchMode::kMost : MatchMode::kAll;
    if (built.corrected) result.suggestion = suggestion(request, *built.corrected, result.total);
    return result;
  });
}

std::optional<std::string> Searcher::suggestion(const SearchRequest& request,
                                                const std::string& corrected,
                                                Xapian::doccount found) {
  SearchRequest alternative = request;
  alternative.query = corrected;
  BuiltQuery built = QueryBuilder(db_, reference_data()).build(alternative);
  Xapian::Enquire enquire(db_);
  enquire.set_query(built.query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  // Only a suggestion that finds more than the query did: never one that finds
  // nothing, nor "lack" for an acronym such as LAC that synonyms already match.
  Xapian::MSet mset = enquire.get_mset(0, 0, found + 1);
  if (mset.get_matches_lower_bound() <= found) return std::nullopt;
  return corrected;
}

std::vector<NearMiss> Searcher::count_near_misses(const NearMissQueries& near) {
  std::vector<NearMiss> out;
  for (std::size_t i = 0; i < near.words.size(); ++i) {
    Xapian::doccount n = counter_.count(db_, near.lacking[i], nullptr, [] {});
    if (n > 0) out.push_back({near.words[i], n});
  }
  std::stable_sort(out.begin(), out.end(), [](const NearMiss& a, const NearMiss& b) {
    return a.paragraphs > b.paragraphs;
  });
  return out;
}

const FacetColumn& Searcher::column() {
  if (!column_) column_ = FacetColumn::open(dir_, db_);
  return *column_;
}

SearchResult Searcher::run(const SearchRequest& request, const Xapian::Query& query) {
  // Pass 1: the page, ranked (BM25) or sorted, collapsed when grouping. Xapian
  // may prune here: nothing in this pass has to see every match.
  // Pass 2, overlapping it: count every match exactly, unweighted, facets from
  // the facet column.
  auto slot = collapse_slot(request);
  std::optional<FacetSpy> spy;  // facets and report counts cost a lookup per match
  if (request.facets || request.per_report || slot) spy.emplace(column());
  FacetSpy* spy_or_null = spy ? &*spy : nullptr;
  RankedCount ranked;
  if (request.sort == SortOrder::kRelevance) {
    // Both passes split by document id over two threads; a phrase does both in one
    // weighted pass (query/match_counter.h).
    ranked = counter_.rank_and_count(db_, query, spy_or_null, request.offset, request.limit, slot);
  } else {
    ranked.msets.resize(1);
    ranked.total = counter_.count(db_, query, spy_or_null, [&] {
      Xapian::Enquire sorted(db_);
      sorted.set_query(query);
      sorted.set_sort_by_value_then_relevance(schema::kSlotDate,
                                              request.sort == SortOrder::kDateDescending);
      if (slot) sorted.set_collapse_key(*slot);
      ranked.msets[0] = sorted.get_mset(request.offset, request.limit);
    });
    const Xapian::MSet& mset = ranked.msets[0];
    for (auto it = mset.begin(); it != mset.end(); ++it) ranked.page.push_back({&mset, it});
  }

  SearchResult result = start_result(request, ranked.total, spy);
  if (request.group_by != GroupBy::kNone) {
    result.groups = make_groups(request, ranked.page, *slot, *spy, analyzer_.stemmer());
  } else {
    for (const auto& match : ranked.page) {
      result.hits.push_back(
          make_hit(match.it, *match.mset, request.snippet_length, analyzer_.stemmer()));
    }
  }
  add_citations(result, db_);
  return result;
}

SearchResult Searcher::similar(const std::string& id, const SearchRequest& request) {
  return with_retry([&] {
    SimilarQuery similar = similar_query(db_, id, request, default_stop_words(), analyzer_);
    SearchRequest top_list = request;
    top_list.facets = false;  // counts over every paragraph sharing a word mean nothing
    SearchResult result = run(top_list, similar.query);
    result.query = "similar:" + id;
    result.similar_to = id;
    result.similar_words = std::move(similar.words);
    return result;
  });
}

}  // namespace ofsearch
