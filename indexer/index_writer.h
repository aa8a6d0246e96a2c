// Writes reports into a Xapian database, one transaction per report: a report is
// all there or not at all. Re-adding a report replaces it; removing deletes every
// paragraph and its report record.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <xapian.h>

#include "schema/report.h"
#include "stemming/analyzer.h"

namespace ofsearch {

class IndexBusyError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class IndexWriter {
 public:
  // Opens or creates the index at `dir`. With wait=false a second writer gets
  // IndexBusyError; with wait=true it blocks until the lock is free.
  IndexWriter(const std::filesystem::path& dir, bool wait);

  // Content hash of an indexed report, if present (to skip unchanged files).
  std::optional<std::string> indexed_hash(const std::string& report_id) const;

  void add(const Report& report);             // replaces a report with the same id
  bool remove(const std::string& report_id);  // false when no such report
  void write_synonyms();                      // stemming/synonyms.tsv -> database
  Xapian::doccount paragraph_count() const { return db_.get_doccount(); }

 private:
  Xapian::WritableDatabase db_;
  Analyzer analyzer_;
};

}  // namespace ofsearch
