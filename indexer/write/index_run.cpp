#include "indexer/write/index_run.h"

#include <chrono>
#include <stdexcept>

#include <xapian.h>

#include "index/commit_pacer.h"

namespace ofsearch {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

IndexRunResult index_run(const NextReport& next, IndexWriter* writer,
                         const IndexRunOptions& options) {
  IndexRunResult result;
  CommitPacer pacer(writer);
  BuiltReport built;
  for (std::size_t taken = 1; next(built); ++taken) {
    try {
      if (!built.report) throw std::runtime_error(built.error);
      Report& report = *built.report;
      if (writer && options.skip_unchanged &&
          writer->indexed_hash(report.report_id) == report.content_hash) {
        ++result.unchanged;
      } else {
        if (options.before_write) options.before_write(report);
        for (const auto& warning : report.warnings)
          result.warnings.push_back({built.file, warning});
        auto start = Clock::now();
        if (writer) writer->add(report);
        result.write_seconds += seconds_since(start);
        ++result.indexed;
        result.paragraphs += report.paragraphs.size();
        if (options.after_write) options.after_write(report);
      }
    } catch (const IndexBusyError&) {
      throw;
    } catch (const Xapian::Error&) {
      throw;
    } catch (const std::exception& e) {
      result.failures.push_back({built.file, e.what()});
    }
    auto start = Clock::now();
    pacer.tick();
    result.commit_seconds += seconds_since(start);
    if (options.progress) options.progress(taken);
  }
  auto start = Clock::now();
  if (writer) writer->commit();
  result.commit_seconds += seconds_since(start);
  return result;
}

}  // namespace ofsearch
