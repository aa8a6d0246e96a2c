// Writes reports into a Xapian database, one transaction per report: a report is
// all there or not at all. Re-adding a report replaces it; removing deletes every
// paragraph and its report record. Also keeps the database's synonyms in step
// with stemming/synonyms.tsv.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include <xapian.h>

#include "schema/report.h"
#include "stemming/analyzer.h"
#include "stemming/synonym_table.h"

namespace ofsearch {

// Another process holds the index's write lock.
class IndexBusyError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class IndexWriter {
 public:
  // Opens or creates the index at `dir`. With wait=false a second writer gets
  // IndexBusyError; with wait=true it blocks until the lock is free. sync=false
  // skips fsync at commits: for scratch indexes only (a sharded build's shards).
  IndexWriter(const std::filesystem::path& dir, bool wait, bool sync = true);

  // Content hash of an indexed report, if present (to skip unchanged files). None for
  // every report of an index written under an older schema::kSchemaVersion: its
  // records lack fields, so each file is rewritten once whatever its hash.
  std::optional<std::string> indexed_hash(const std::string& report_id) const;

  // Replaces any report with the same id. Each call is one Xapian transaction
  // (all of the report or none of it); it reaches disk at the next commit().
  void add(const Report& report);
  bool remove(const std::string& report_id);  // false when no such report
  // Makes every add/remove so far durable. Also done when the writer is destroyed.
  void commit() { db_.commit(); }
  Xapian::doccount paragraph_count() const { return db_.get_doccount(); }

 private:
  Xapian::Document paragraph_document(const Report& report, const Paragraph& paragraph);
  void count_spelling_words(const Xapian::Document& doc);
  std::string vocabulary() const;  // the value of schema::kVocabularyKey for this writer

  Xapian::WritableDatabase db_;
  // The index was empty, or written under this schema version and this vocabulary
  // (stemming exceptions and synonym groups, which decide stems and concept terms).
  bool records_current_;
  std::unique_ptr<Analyzer> analyzer_;  // SynonymTable keeps a pointer to it
  std::unique_ptr<SynonymTable> synonyms_;
  Xapian::TermGenerator generator_;
  std::unordered_map<std::string, Xapian::termcount> spelling_words_;  // of the report being added
};

}  // namespace ofsearch
