// Builds the reports of many files on worker threads, a bounded distance ahead of
// one consumer that takes them back in file order: parsing and extraction overlap
// the single writer's Xapian work, and the index still sees one report at a time.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "indexer/metadata/overrides.h"
#include "schema/report.h"

namespace ofsearch {

struct BuiltReport {
  std::filesystem::path file;
  std::optional<Report> report;  // empty when the file failed
  std::string error;             // why it failed
};

class ReportPipeline {
 public:
  // threads = 0 builds each report in next() itself; otherwise that many workers
  // run at most `ahead` reports in front of the consumer.
  ReportPipeline(std::vector<std::filesystem::path> files, Overrides overrides, int threads,
                 std::size_t ahead = 8);
  ~ReportPipeline();
  ReportPipeline(const ReportPipeline&) = delete;
  ReportPipeline& operator=(const ReportPipeline&) = delete;

  // The next file's result, in file order; false once every file was taken.
  bool next(BuiltReport& out);

 private:
  void work();
  BuiltReport build(std::size_t i) const;

  const std::vector<std::filesystem::path> files_;
  const Overrides overrides_;
  const std::size_t ahead_;
  std::vector<std::optional<BuiltReport>> done_;
  std::size_t claimed_ = 0, taken_ = 0;
  bool stopping_ = false;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::thread> workers_;
};

}  // namespace ofsearch
