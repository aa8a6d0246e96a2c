// ofsearch under test through its libraries: indexing with build_report +
// IndexWriter (one thread, or parallel shards merged by Xapian's compactor), and
// searching with Searcher exactly as the CLI does.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

#include "bench/engines/engine.h"
#include "query/search_request.h"
#include "query/searcher.h"
#include "schema/report.h"

namespace ofsearch::bench {

// The i-th report of the corpus, however it is produced (the full pipeline from its
// file, or the generator's truth).
using ReportSource = std::function<Report(std::size_t index)>;

struct OfsearchIndexRun {
  IndexStats stats;
  double source_seconds = 0;  // reading + build_report (the analysis pipeline)
  double add_seconds = 0;     // IndexWriter::add
  double commit_seconds = 0;  // commits, summed over threads (+ compaction for shards)
  std::size_t uncompacted_bytes = 0;
};

// One thread, one IndexWriter committing about once a second (CommitPacer, as the CLI). `keep`
// receives every report built.
OfsearchIndexRun index_ofsearch(const ReportSource& source, std::size_t reports,
                                const std::filesystem::path& dir,
                                std::vector<Report>* keep = nullptr);

// `shards` threads take reports in turn, each into its own shard beside `dir`, then
// the shards are merged into `dir` with Xapian::Database::compact.
OfsearchIndexRun index_ofsearch_sharded(const ReportSource& source, std::size_t reports,
                                        const std::filesystem::path& dir, int shards,
                                        std::vector<Report>* keep = nullptr);

// The product command itself: `ofsearch index --quiet --shards N --index DIR CORPUS`
// (the binary beside this one), timed from outside. cpu_seconds: the child's.
IndexStats index_with_cli(const std::filesystem::path& corpus_dir, const std::filesystem::path& dir,
                          int shards, double* cpu_seconds);

// Compacts the index at `from` into `to` (as xapian-compact does).
void compact_index(const std::filesystem::path& from, const std::filesystem::path& to);

std::size_t directory_bytes(const std::filesystem::path& dir);

SearchRequest to_request(const BenchQuery& query);

class OfsearchEngine : public Engine {
 public:
  explicit OfsearchEngine(std::filesystem::path dir);
  std::string name() const override { return "ofsearch"; }
  Answer run(const BenchQuery& query) override;
  void reopen() override { searcher_ = std::make_unique<Searcher>(dir_); }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<Searcher> searcher_;
};

}  // namespace ofsearch::bench
