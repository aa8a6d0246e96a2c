#include "bench/engines/xapian_raw_engine.h"

#include <algorithm>
#include <chrono>

#include <nlohmann/json.hpp>

#include "bench/stopwatch.h"
#include "index/field_values.h"
#include "reference/date_extractor.h"
#include "schema/paragraph_record.h"
#include "schema/schema.h"
#include "stemming/text_normaliser.h"

namespace ofsearch::bench {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

void add_filter_terms(Xapian::Document& doc, const Report& r, const Paragraph& p) {
  namespace s = schema;
  doc.add_boolean_term(s::kUniqueId + paragraph_id(r.report_id, p.ordinal));
  doc.add_boolean_term(s::kReport + r.report_id);
  doc.add_value(s::kSlotReportId, r.report_id);
  doc.add_value(s::kSlotOrdinal, Xapian::sortable_serialise(p.ordinal));
  write_fields(doc, r, p);  // the registry's terms and values, as the product writes them
  if (p.boilerplate) doc.add_boolean_term(s::kBoilerplate);
}

}  // namespace

IndexStats build_xapian_raw(const fs::path& dir, const std::vector<Report>& reports) {
  Stopwatch start;
  fs::path tmp = dir.string() + ".tmp";
  fs::remove_all(dir);
  fs::remove_all(tmp);
  IndexStats stats;
  {
    Xapian::WritableDatabase db(tmp.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator gen;
    gen.set_stemmer(Analyzer().stemmer());  // English with the field's exceptions, as the index
    gen.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    for (const auto& r : reports) {
      for (const auto& p : r.paragraphs) {
        Xapian::Document doc;
        gen.set_document(doc);
        gen.index_text(p.text);
        add_filter_terms(doc, r, p);
        doc.set_data(p.text);
        db.add_document(doc);
        ++stats.paragraphs;
        stats.text_bytes += p.text.size();
      }
    }
    db.commit();
  }
  Xapian::Database(tmp.string()).compact(dir.string());
  fs::remove_all(tmp);
  stats.seconds = start.seconds();
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) stats.index_bytes += e.file_size();
  }
  stats.note = "1 thread, bare TermGenerator, text as data, compacted";
  return stats;
}

XapianRawEngine::XapianRawEngine(fs::path dir, bool mirror)
    : dir_(std::move(dir)), mirror_(mirror) {
  reopen();
}

XapianRawEngine::~XapianRawEngine() = default;

void XapianRawEngine::reopen() {
  db_ = Xapian::Database(dir_.string());
  if (mirror_) column_ = std::make_unique<ProtoFacetColumn>(db_);
  parser_ = Xapian::QueryParser();
  parser_.set_stemmer(stemmer_);
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser_.set_default_op(Xapian::Query::OP_AND);
  parser_.set_database(db_);
}

Xapian::Query XapianRawEngine::query(const BenchQuery& q) {
  // The same flags as ofsearch's QueryBuilder, less spelling correction (a UI aid).
  unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                   Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
                   Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
  Xapian::Query query = parser_.parse_query(lower(normalise_for_index(q.text)), flags);
  std::vector<Xapian::Query> filters;
  if (!q.grade.empty()) filters.emplace_back(schema::kGrade + q.grade);
  if (!q.type.empty()) filters.emplace_back(schema::kReportType + q.type);
  if (!q.from.empty() || !q.to.empty()) {
    std::string lo = q.from.empty() ? "00000001" : compact_date(q.from);
    if (q.to.empty()) {
      filters.emplace_back(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, lo);
    } else {
      filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, lo,
                           compact_date(q.to));
    }
  }
  if (!filters.empty()) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
  }
  return Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(schema::kBoilerplate));
}

Answer XapianRawEngine::run_mirror(const BenchQuery& q) {
  Xapian::Query xq = query(q);
  Xapian::Enquire ranked(db_);
  ranked.set_query(xq);
  if (q.per_report) ranked.set_collapse_key(schema::kSlotReportId);
  // As Searcher: a phrase ranks and counts in one pass (its position checks run once).
  bool one_pass = !q.phrase.empty() && q.limit > 0 && !q.facets && !q.per_report;
  Xapian::MSet mset = ranked.get_mset(0, q.limit, one_pass ? db_.get_doccount() : 0);
  Answer a;
  if (one_pass) {
    a.total = mset.get_matches_estimated();
  } else if (q.facets || q.per_report) {
    ProtoFacetColumn::Counts counts = column_->count(db_, xq);
    a.total = counts.matches;
    if (q.per_report) a.reports = counts.reports;
    Facets all = column_->facets(counts);
    if (q.facets) {
      for (const char* field : {"authority", "grade", "year", "theme"})
        a.facets[field] = all[field];
    }
  } else {  // as Searcher: an unweighted count that looks nothing up per match
    Xapian::Enquire counter(db_);
    counter.set_query(xq);
    counter.set_weighting_scheme(Xapian::BoolWeight());
    a.total = counter.get_mset(0, 0, db_.get_doccount()).get_matches_estimated();
  }
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    auto record = nlohmann::json::parse(it.get_document().get_data());
    a.ids.push_back(record[q.per_report ? "report_id" : "id"].get<std::string>());
    a.snippet_bytes +=
        mset.snippet(record["text"].get<std::string>(), 240, stemmer_,
                     Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                     "\x01", "\x02", "...")
            .size();
  }
  return a;
}

Answer XapianRawEngine::run(const BenchQuery& q) {
  if (mirror_) return run_mirror(q);
  Xapian::Enquire enquire(db_);
  enquire.set_query(query(q));
  if (q.per_report) enquire.set_collapse_key(schema::kSlotReportId);
  Xapian::ValueCountMatchSpy authority(schema::kSlotAuthority), grade(schema::kSlotGrade),
      year(schema::kSlotYear), theme(schema::kSlotThemes);
  if (q.facets) {
    for (auto* spy : {&authority, &grade, &year, &theme}) enquire.add_matchspy(spy);
  }
  Xapian::doccount all = db_.get_doccount();
  Xapian::MSet mset = enquire.get_mset(0, q.limit, all);
  Answer a;
  a.total = q.per_report ? mset.get_uncollapsed_matches_estimated() : mset.get_matches_estimated();
  if (q.per_report) a.reports = mset.get_matches_estimated();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Xapian::Document doc = it.get_document();
    std::string report = doc.get_value(schema::kSlotReportId);
    int ordinal =
        static_cast<int>(Xapian::sortable_unserialise(doc.get_value(schema::kSlotOrdinal)));
    a.ids.push_back(q.per_report ? report : paragraph_id(report, ordinal));
    if (q.snippets) {
      std::string text = nlohmann::json::parse(doc.get_data())["text"].get<std::string>();
      a.snippet_bytes +=
          mset.snippet(text, 240, stemmer_,
                       Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                       "\x01", "\x02", "...")
              .size();
    }
  }
  if (q.facets) {
    std::pair<const char*, Xapian::ValueCountMatchSpy*> spies[] = {
        {"authority", &authority}, {"grade", &grade}, {"year", &year}, {"theme", &theme}};
    for (auto& [field, spy] : spies) {
      for (auto v = spy->values_begin(); v != spy->values_end(); ++v) {
        a.facets[field][*v] = v.get_termfreq();
      }
    }
    split_theme_counts(a.facets);
  }
  return a;
}

}  // namespace ofsearch::bench
