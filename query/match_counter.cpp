#include "query/match_counter.h"

#include <exception>
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

// Exact: Xapian checks every match when asked to check at least all documents.
Xapian::doccount count_range(const Xapian::Database& db, const Xapian::Query& query,
                             Xapian::docid first, Xapian::docid last, FacetSpy* spy) {
  Xapian::Query range((new DocidRange(first, last))->release());
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, range));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  if (spy) enquire.add_matchspy(spy);
  return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

}  // namespace

bool MatchCounter::helper_matches(Xapian::Database& db) {
  if (!helper_db_) helper_db_ = Xapian::Database(dir_.string());
  if (helper_db_->get_revision() != db.get_revision()) helper_db_->reopen();
  return helper_db_->get_revision() == db.get_revision();
}

Xapian::doccount MatchCounter::count(Xapian::Database& db, const Xapian::Query& query,
                                     FacetSpy* spy, const std::function<void()>& meanwhile) {
  Xapian::docid last = db.get_lastdocid();
  if (last < split_from_ || !helper_matches(db)) {
    meanwhile();
    return count_range(db, query, 1, last, spy);
  }
  Xapian::docid middle = last / 2;
  // Xapian's reference counts are not atomic: the helper gets its own copy of the query.
  std::string serialised = query.serialise();
  std::optional<FacetSpy> upper;
  if (spy) upper.emplace(spy->column());
  Xapian::doccount upper_count = 0, lower_count = 0;
  std::exception_ptr failure;
  std::thread helper([&] {
    try {
      upper_count = count_range(*helper_db_, Xapian::Query::unserialise(serialised), middle + 1,
                                last, upper ? &*upper : nullptr);
    } catch (...) {
      failure = std::current_exception();
    }
  });
  try {
    meanwhile();
    lower_count = count_range(db, query, 1, middle, spy);
  } catch (...) {
    helper.join();
    throw;
  }
  helper.join();
  if (failure) std::rethrow_exception(failure);
  if (spy) spy->merge(*upper);
  return lower_count + upper_count;
}

}  // namespace ofsearch
