// The one indexing loop: reports, in the order their source gives them, into one
// IndexWriter, each report its own transaction (all of it or none), commits about
// once a second (CommitPacer), a report whose content is already indexed skipped,
// and a report that fails recorded against its file while the run goes on. The
// CLI's `index`, the sharded build (one loop per shard) and the benchmark all run it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "index/index_writer.h"
#include "indexer/write/report_pipeline.h"

namespace ofsearch {

// Fills `out` with the next report (or the reason its file failed); false when done.
using NextReport = std::function<bool(BuiltReport& out)>;

struct IndexRunOptions {
  // Skip a report whose content hash the index already holds (off when overrides
  // change what the same content would be indexed as, and for a new index).
  bool skip_unchanged = true;
  // Called before a report is written (to print what was recognised), after it is
  // written (the caller may take the report), and after every report or failure
  // with how many the run has taken.
  std::function<void(const Report&)> before_write;
  std::function<void(Report&)> after_write;
  std::function<void(std::size_t taken)> progress;
};

// A file's failure, or a warning about its report (Report::warnings).
struct FileNote {
  std::filesystem::path file;
  std::string what;
  std::string line() const { return file.string() + ": " + what; }  // "FILE: what"
};

struct IndexRunResult {
  std::size_t indexed = 0, unchanged = 0, paragraphs = 0;
  std::vector<FileNote> failures;  // in the order taken
  std::vector<FileNote> warnings;  // of the reports written, in the order taken
  double write_seconds = 0;        // IndexWriter::add
  double commit_seconds = 0;       // paced commits and the last one
};

// `writer` null: a dry run (reports are built and counted, nothing is written).
// Throws IndexBusyError and Xapian errors (the index, not one file, is at fault);
// everything a report commits before that stays committed.
IndexRunResult index_run(const NextReport& next, IndexWriter* writer,
                         const IndexRunOptions& options = {});

}  // namespace ofsearch
