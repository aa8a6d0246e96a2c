#include "query/match_counter.h"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <set>
#include <string>
#include <thread>

namespace ofsearch {
namespace {

// Matches every id in [first, last]: ANDed with a query, it limits the query to
// that range at the cost of a comparison per skip.
class DocidRange : public Xapian::PostingSource {
 public:
  DocidRange(Xapian::docid first, Xapian::docid last) : first_(first), last_(last) {}
  void init(const Xapian::Database& db) override {
    current_ = 0;
    size_ = std::min<Xapian::doccount>(last_ - first_ + 1, db.get_doccount());
  }
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return size_; }
  Xapian::doccount get_termfreq_max() const override { return size_; }
  void next(double) override { current_ = current_ == 0 ? first_ : current_ + 1; }
  void skip_to(Xapian::docid id, double) override {
    if (current_ < id) current_ = std::max(id, first_);
  }
  bool at_end() const override { return current_ > last_; }
  Xapian::docid get_docid() const override { return current_; }
  PostingSource* clone() const override { return new DocidRange(first_, last_); }

 private:
  Xapian::docid first_, last_, current_ = 0;
  Xapian::doccount size_ = 0;
};

Xapian::Query in_range(const Xapian::Database& db, const Xapian::Query& query, Xapian::docid first,
                       Xapian::docid last) {
  if (first <= 1 && last >= db.get_lastdocid()) return query;
  Xapian::Query range((new DocidRange(first, last))->release());
  return Xapian::Query(Xapian::Query::OP_FILTER, query, range);
}

// Exact: Xapian checks every match when asked to check at least all documents.
Xapian::doccount count_range(const Xapian::Database& db, const Xapian::Query& query,
                             Xapian::docid first, Xapian::docid last, FacetSpy* spy) {
  Xapian::Enquire enquire(db);
  enquire.set_query(in_range(db, query, first, last));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  if (spy) enquire.add_matchspy(spy);
  return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

// The best `size` of [first, last]; the range is a filter, so weights are unchanged.
Xapian::MSet rank_range(const Xapian::Database& db, const Xapian::Query& query, Xapian::docid first,
                        Xapian::docid last, Xapian::doccount size,
                        std::optional<Xapian::valueno> collapse) {
  Xapian::Enquire enquire(db);
  enquire.set_query(in_range(db, query, first, last));
  if (collapse) enquire.set_collapse_key(*collapse);
  return enquire.get_mset(0, size);
}

// Ranks and counts in one pass: for a phrase the position checks are the cost, and
// two passes would make each check twice. Exact, as every match is checked.
Xapian::MSet rank_and_count_range(const Xapian::Database& db, const Xapian::Query& query,
                                  Xapian::docid first, Xapian::docid last, Xapian::doccount size,
                                  FacetSpy* spy) {
  Xapian::Enquire enquire(db);
  enquire.set_query(in_range(db, query, first, last));
  if (spy) enquire.add_matchspy(spy);
  return enquire.get_mset(0, size, db.get_doccount());
}

// Whether matching checks word positions (a phrase or NEAR anywhere in the query).
bool has_positions(const Xapian::Query& query) {
  auto type = query.get_type();
  if (type == Xapian::Query::OP_PHRASE || type == Xapian::Query::OP_NEAR) return true;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
    if (has_positions(query.get_subquery(i))) return true;
  return false;
}

// A key's best match ranks in its half's top N if it ranks in the whole top N (a
// key above it in that half is above it overall), so merging the halves' pages and
// keeping each key's first match is the whole collapse. Empty keys are not collapsed.
std::vector<RankedMatch> keep_best_of_each_key(const std::vector<RankedMatch>& ranked) {
  std::vector<RankedMatch> kept;
  std::set<std::string> seen;
  for (const auto& match : ranked) {
    std::string key = match.it.get_collapse_key();
    if (key.empty() || seen.insert(key).second) kept.push_back(match);
  }
  return kept;
}

// Xapian's own order: weight, then the lower docid first.
bool ranks_before(const RankedMatch& a, const RankedMatch& b) {
  if (a.it.get_weight() != b.it.get_weight()) return a.it.get_weight() > b.it.get_weight();
  return *a.it < *b.it;
}

}  // namespace

std::uint64_t documents_to_visit(const Xapian::Database& db, const Xapian::Query& query) {
  std::size_t n = query.get_num_subqueries();
  auto sub = [&](std::size_t i) { return documents_to_visit(db, query.get_subquery(i)); };
  switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM:
      return db.get_termfreq(*query.get_terms_begin());
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return 0;
    case Xapian::Query::LEAF_MATCH_ALL:
    case Xapian::Query::LEAF_POSTING_SOURCE:
    case Xapian::Query::OP_VALUE_RANGE:
    case Xapian::Query::OP_VALUE_GE:
    case Xapian::Query::OP_VALUE_LE:
    case Xapian::Query::OP_WILDCARD:
      return db.get_doccount();
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR: {
      // The rarest part drives the pass; the others are skipped through.
      std::uint64_t fewest = UINT64_MAX;
      for (std::size_t i = 0; i < n; ++i) fewest = std::min(fewest, sub(i));
      return n == 0 ? 0 : fewest;
    }
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT:
      return n == 0 ? 0 : sub(0);
    default: {
      std::uint64_t all = 0;
      for (std::size_t i = 0; i < n; ++i) all += sub(i);
      return all;
    }
  }
}

bool MatchCounter::helper_matches(Xapian::Database& db) {
  if (db.size() != 1) return false;  // several shards have no single revision to match
  if (!helper_db_) helper_db_ = Xapian::Database(dir_.string());
  if (helper_db_->get_revision() != db.get_revision()) helper_db_->reopen();
  return helper_db_->get_revision() == db.get_revision();
}

void MatchCounter::on_both_halves(Xapian::Database& db, const Xapian::Query& query, FacetSpy* spy,
                                  const HalfJob& job, const std::function<void()>& meanwhile) {
  Xapian::docid last = db.get_lastdocid();
  if (documents_to_visit(db, query) < split_from_ || !helper_matches(db)) {
    meanwhile();
    job(db, query, 1, last, spy, 0);
    return;
  }
  Xapian::docid middle = last / 2;
  // Xapian's reference counts are not atomic: the helper gets its own copy of the query.
  std::string serialised = query.serialise();
  std::optional<FacetSpy> upper;
  if (spy) upper.emplace(spy->column());
  std::exception_ptr failure;
  std::thread helper([&] {
    try {
      job(*helper_db_, Xapian::Query::unserialise(serialised), middle + 1, last,
          upper ? &*upper : nullptr, 1);
    } catch (...) {
      failure = std::current_exception();
    }
  });
  try {
    meanwhile();
    job(db, query, 1, middle, spy, 0);
  } catch (...) {
    helper.join();
    throw;
  }
  helper.join();
  if (failure) std::rethrow_exception(failure);
  if (spy) spy->merge(*upper);
}

Xapian::doccount MatchCounter::count(Xapian::Database& db, const Xapian::Query& query,
                                     FacetSpy* spy, const std::function<void()>& meanwhile) {
  Xapian::doccount counts[2] = {0, 0};
  on_both_halves(
      db, query, spy,
      [&](const Xapian::Database& d, const Xapian::Query& q, Xapian::docid first,
          Xapian::docid last, FacetSpy* s,
          int half) { counts[half] = count_range(d, q, first, last, s); },
      meanwhile);
  return counts[0] + counts[1];
}

RankedCount MatchCounter::rank_and_count(Xapian::Database& db, const Xapian::Query& query,
                                         FacetSpy* spy, Xapian::doccount first,
                                         Xapian::doccount size,
                                         std::optional<Xapian::valueno> collapse) {
  RankedCount out;
  out.msets.resize(2);  // never resized again: the page points into it
  Xapian::doccount counts[2] = {0, 0};
  on_both_halves(
      db, query, spy,
      [&](const Xapian::Database& d, const Xapian::Query& q, Xapian::docid lo, Xapian::docid hi,
          FacetSpy* s, int half) {
        if (!collapse && first + size > 0 && has_positions(q)) {
          out.msets[half] = rank_and_count_range(d, q, lo, hi, first + size, s);
          counts[half] = out.msets[half].get_matches_estimated();
        } else {
          out.msets[half] = rank_range(d, q, lo, hi, first + size, collapse);
          counts[half] = count_range(d, q, lo, hi, s);
        }
      },
      [] {});
  out.total = counts[0] + counts[1];
  std::vector<RankedMatch> all;
  for (const auto& mset : out.msets) {
    for (auto it = mset.begin(); it != mset.end(); ++it) all.push_back({&mset, it});
  }
  std::sort(all.begin(), all.end(), ranks_before);
  if (collapse) all = keep_best_of_each_key(all);
  if (all.size() > first) {
    auto end = all.begin() + std::min<std::size_t>(all.size(), first + size);
    out.page.assign(all.begin() + first, end);
  }
  return out;
}

}  // namespace ofsearch
