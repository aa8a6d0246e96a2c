#include "index/index_writer.h"

#include "reference/reference_data.h"
#include "schema/paragraph_record.h"
#include "schema/schema.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

// The gazetteer's slug, which the query side filters on (names it does not know:
// a slug made the same way).
std::string authority_slug(const std::string& name) {
  const Authority* authority = reference_data().authorities.find(name);
  return authority ? authority->slug : slugify(name);
}

std::string compact_date(const std::string& iso) {  // "2019-05-08" -> "20190508"
  std::string out;
  for (char c : iso) {
    if (c != '-') out += c;
  }
  return out;
}

void add_grade_terms(Xapian::Document& doc, const std::optional<Grade>& grade,
                     const char* word_prefix, const char* level_prefix) {
  if (!grade) return;
  doc.add_boolean_term(word_prefix + grade->word);
  doc.add_boolean_term(level_prefix + std::to_string(grade->level));
}

Xapian::WritableDatabase open_writable(const std::filesystem::path& dir, bool wait, bool sync) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  try {
    return Xapian::WritableDatabase(dir.string(), Xapian::DB_CREATE_OR_OPEN |
                                                      (wait ? Xapian::DB_RETRY_LOCK : 0) |
                                                      (sync ? 0 : Xapian::DB_NO_SYNC));
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexBusyError("the index is being updated by another process: " + dir.string() +
                         " (use --wait to wait for it)");
  }
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& dir, bool wait, bool sync)
    : db_(open_writable(dir, wait, sync)),
      records_current_(false),
      analyzer_(std::make_unique<Analyzer>()) {
  synonyms_ = std::make_unique<SynonymTable>(SynonymTable::load(
      ReferenceData::default_stemming_dir() / "synonyms.tsv", *analyzer_, schema::kConcept));
  analyzer_->configure(generator_);
  records_current_ = db_.get_doccount() == 0 ||
                     (db_.get_metadata(schema::kSchemaVersionKey) == schema::kSchemaVersion &&
                      db_.get_metadata(schema::kVocabularyKey) == vocabulary());
}

std::string IndexWriter::vocabulary() const {
  return analyzer_->fingerprint() + "/" + synonyms_->fingerprint();
}

std::optional<std::string> IndexWriter::indexed_hash(const std::string& report_id) const {
  if (!records_current_) return std::nullopt;
  std::string record = db_.get_metadata(schema::kReportMetaPrefix + report_id);
  if (record.empty()) return std::nullopt;
  auto json = nlohmann::json::parse(record, nullptr, false);
  if (json.is_discarded() || !json.contains("content_hash")) return std::nullopt;
  return json["content_hash"].get<std::string>();
}

Xapian::Document IndexWriter::paragraph_document(const Report& report, const Paragraph& p) {
  Xapian::Document doc;
  generator_.set_document(doc);
  generator_.index_text(normalise_for_index(p.text));
  // Spelling suggestions come from what users search: report text, not boilerplate or tags.
  if (!p.boilerplate) count_spelling_words(doc);
  // A concept term's wdf is how often the paragraph writes a member of its group, so
  // a synonym ranks by BM25 like the word the user typed (with wdf 0 it only matched).
  for (const auto& [term, n] : synonyms_->concept_term_counts(p.text)) {
    doc.add_term(term, static_cast<Xapian::termcount>(n));
  }

  std::string id = paragraph_id(report.report_id, p.ordinal);
  doc.add_boolean_term(schema::kUniqueId + id);
  doc.add_boolean_term(schema::kReport + report.report_id);
  doc.add_boolean_term(schema::kReportType + report.report_type);
  doc.add_value(schema::kSlotReportType, report.report_type);
  doc.add_value(schema::kSlotReportId, report.report_id);
  doc.add_value(schema::kSlotOrdinal, Xapian::sortable_serialise(p.ordinal));
  if (report.authority) {
    doc.add_boolean_term(schema::kAuthority + authority_slug(*report.authority));
    doc.add_value(schema::kSlotAuthority, *report.authority);
  }
  if (report.region) {
    doc.add_boolean_term(schema::kRegion + slugify(*report.region));
    doc.add_value(schema::kSlotRegion, *report.region);
  }
  if (report.date && report.date->size() == 10) {
    std::string ymd = compact_date(*report.date);
    doc.add_boolean_term(schema::kDate + ymd);
    doc.add_boolean_term(schema::kMonth + ymd.substr(0, 6));
    doc.add_boolean_term(schema::kYear + ymd.substr(0, 4));
    doc.add_value(schema::kSlotDate, ymd);
    doc.add_value(schema::kSlotYear, ymd.substr(0, 4));
  }
  add_grade_terms(doc, p.grade, schema::kGrade, schema::kGradeLevel);
  add_grade_terms(doc, p.overall_grade, schema::kOverall, schema::kOverallLevel);
  if (p.grade) doc.add_value(schema::kSlotGrade, p.grade->word);
  if (p.overall_grade) doc.add_value(schema::kSlotOverall, p.overall_grade->word);
  std::string themes;
  for (const auto& theme : p.themes) {
    doc.add_boolean_term(schema::kTheme + theme);
    themes += (themes.empty() ? "" : "\n") + theme;
  }
  if (!themes.empty()) doc.add_value(schema::kSlotThemes, themes);
  std::string areas;  // a report's focus, on every paragraph, so `focus:` filters any search
  for (const auto& area : report.focus_areas) {
    doc.add_boolean_term(schema::kFocusArea + area);
    areas += (areas.empty() ? "" : "\n") + area;
  }
  if (!areas.empty()) doc.add_value(schema::kSlotFocusAreas, areas);
  if (p.boilerplate) doc.add_boolean_term(schema::kBoilerplate);
  doc.set_data(json_text(paragraph_record(report, p)));
  return doc;
}

// Summed per report and written once per word: TermGenerator's FLAG_SPELLING
// updates the spelling table on every occurrence, a quarter of the cost of an add.
void IndexWriter::count_spelling_words(const Xapian::Document& doc) {
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    const std::string& term = *t;
    if (!term.empty() && !(term[0] >= 'A' && term[0] <= 'Z')) spelling_words_[term] += t.get_wdf();
  }
}

void IndexWriter::add(const Report& report) {
  db_.begin_transaction(false);  // unflushed: grouped into the next commit()
  try {
    db_.delete_document(schema::kReport + report.report_id);
    // Fresh document ids for every write: the facet column (query/facet_column.h)
    // then only has to read ids above the last one it saw.
    spelling_words_.clear();
    for (const auto& p : report.paragraphs) db_.add_document(paragraph_document(report, p));
    for (const auto& [word, count] : spelling_words_) db_.add_spelling(word, count);
    db_.set_metadata(schema::kReportMetaPrefix + report.report_id,
                     json_text(report_record(report)));
    db_.set_metadata(schema::kSchemaVersionKey, schema::kSchemaVersion);
    db_.set_metadata(schema::kVocabularyKey, vocabulary());
    if (db_.get_metadata(schema::kSynonymsKey) != synonyms_->fingerprint()) {
      synonyms_->write_to(db_);
      db_.set_metadata(schema::kSynonymsKey, synonyms_->fingerprint());
    }
    db_.commit_transaction();
  } catch (...) {
    db_.cancel_transaction();
    throw;
  }
}

bool IndexWriter::remove(const std::string& report_id) {
  if (db_.get_metadata(schema::kReportMetaPrefix + report_id).empty()) return false;
  db_.begin_transaction(false);  // unflushed: grouped into the next commit()
  try {
    db_.delete_document(schema::kReport + report_id);
    db_.set_metadata(schema::kReportMetaPrefix + report_id, "");
    db_.commit_transaction();
  } catch (...) {
    db_.cancel_transaction();
    throw;
  }
  return true;
}

}  // namespace ofsearch
