#include "query/searcher.h"

#include "indexer/report_catalog.h"
#include "query/query_builder.h"
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

const char* facet_field(GroupBy group_by) {
  switch (group_by) {
    case GroupBy::kAuthority:
      return "authority";
    case GroupBy::kYear:
      return "year";
    default:
      return nullptr;
  }
}

Hit make_hit(const Xapian::MSetIterator& it, const Xapian::MSet& mset, std::size_t snippet_length) {
  Hit hit;
  hit.docid = *it;
  hit.score = it.get_weight();
  Xapian::Document doc = it.get_document();
  hit.record = nlohmann::json::parse(doc.get_data());
  hit.snippet = make_snippet(mset, hit.record["text"].get<std::string>(), snippet_length);
  return hit;
}

// One row per group; paragraphs without the grouping value form one "" group.
std::vector<Group> make_groups(const SearchRequest& request, const Xapian::MSet& mset,
                               Xapian::valueno slot, const FacetCounts& facets,
                               Xapian::doccount total) {
  std::vector<Group> groups;
  const char* field = facet_field(request.group_by);
  Xapian::doccount grouped = 0;
  std::optional<std::size_t> none_group;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    std::string key = it.get_document().get_value(slot);
    if (key.empty() && none_group) continue;
    Group g{key, 0, make_hit(it, mset, request.snippet_length)};
    if (key.empty()) {
      none_group = groups.size();
    } else if (field) {
      auto f = facets.find(field);
      g.count = f == facets.end() ? 0 : f->second.at(key);
    } else {
      g.count = it.get_collapse_count() + 1;
    }
    grouped += g.count;
    groups.push_back(std::move(g));
  }
  if (none_group) groups[*none_group].count = total - grouped;
  return groups;
}

}  // namespace

Searcher::Searcher(const std::filesystem::path& dir) : db_(open_index(dir)) {
  if (db_.get_doccount() == 0) {
    throw std::runtime_error("the index at " + dir.string() +
                             " is empty (run 'ofsearch index' first)");
  }
}

template <typename Run>
SearchResult Searcher::with_retry(Run run) {
  for (int attempt = 1;; ++attempt) {
    try {
      return run();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kRetries) throw;
      db_.reopen();  // a writer committed while we read: start again on the new revision
    }
  }
}

SearchResult Searcher::search(const SearchRequest& request) {
  return with_retry([&] {
    BuiltQuery built = QueryBuilder(db_, reference_data()).build(request);
    SearchResult result = run(request, built.query);
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

SearchResult Searcher::run(const SearchRequest& request, const Xapian::Query& query) {
  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  if (request.sort != SortOrder::kRelevance) {
    enquire.set_sort_by_value_then_relevance(schema::kSlotDate,
                                             request.sort == SortOrder::kDateDescending);
  }
  auto slot = collapse_slot(request);
  if (slot) enquire.set_collapse_key(*slot);
  FacetSpy spy;
  enquire.add_matchspy(&spy);

  bool grouping = request.group_by != GroupBy::kNone;
  // Grouping needs every group to count them; otherwise only the page is fetched,
  // but checkatleast = all documents makes the total and the facets exact.
  Xapian::doccount first = grouping ? 0 : request.offset;
  Xapian::doccount wanted = grouping ? db_.get_doccount() : request.limit;
  Xapian::MSet mset = enquire.get_mset(first, wanted, db_.get_doccount());

  SearchResult result;
  result.query = request.query;
  result.facets = spy.counts();
  // The spy sees every match before collapsing (checkatleast covers the whole
  // database), so its count is exact where get_uncollapsed_matches_* are estimates.
  result.total = spy.seen();
  result.reports = request.per_report ? mset.get_matches_estimated() : 0;
  if (grouping) {
    auto groups = make_groups(request, mset, *slot, result.facets, result.total);
    std::size_t begin = std::min(request.offset, groups.size());
    std::size_t end = std::min(groups.size(), begin + request.limit);
    result.groups.assign(std::make_move_iterator(groups.begin() + begin),
                         std::make_move_iterator(groups.begin() + end));
  } else {
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      result.hits.push_back(make_hit(it, mset, request.snippet_length));
    }
  }
  return result;
}

SearchResult Searcher::similar(const std::string& id, const SearchRequest& request) {
  return with_retry([&] {
    const std::string unique = schema::kUniqueId + id;
    auto posting = db_.postlist_begin(unique);
    if (posting == db_.postlist_end(unique)) {
      throw std::runtime_error("no paragraph '" + id +
                               "' in the index (ids look like REPORT_ID/7)");
    }
    Xapian::RSet rset;
    rset.add_document(*posting);
    Xapian::Enquire enquire(db_);
    enquire.set_query(Xapian::Query(unique));
    Xapian::ExpandDeciderFilterPrefix stems_only("Z");
    Xapian::ESet eset = enquire.get_eset(24, rset, &stems_only);
    std::vector<Xapian::Query> terms;
    for (auto it = eset.begin(); it != eset.end(); ++it) terms.emplace_back(*it);
    if (terms.empty()) throw std::runtime_error("paragraph '" + id + "' has no words to compare");

    Xapian::Document doc = db_.get_document(*posting);
    std::string report = doc.get_value(schema::kSlotReportId);
    Xapian::Query query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    query =
        Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(schema::kReport + report));
    SearchRequest filters_request = request;
    filters_request.query.clear();
    Xapian::Query filters = QueryBuilder(db_, reference_data()).filters_only(filters_request);
    if (!filters.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filters);
    if (!request.include_boilerplate) {
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(schema::kBoilerplate));
    }
    SearchResult result = run(request, query);
    result.query = "similar:" + id;
    return result;
  });
}

}  // namespace ofsearch
