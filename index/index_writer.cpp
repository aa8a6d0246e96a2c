#include "index/index_writer.h"

#include "index/field_values.h"
#include "reference/reference_data.h"
#include "schema/paragraph_record.h"
#include "schema/schema.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

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
  doc.add_value(schema::kSlotReportId, report.report_id);
  doc.add_value(schema::kSlotOrdinal, Xapian::sortable_serialise(p.ordinal));
  write_fields(doc, report, p);
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
