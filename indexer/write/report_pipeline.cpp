#include "indexer/write/report_pipeline.h"

#include <exception>

#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"

namespace ofsearch {

ReportPipeline::ReportPipeline(std::vector<std::filesystem::path> files, Overrides overrides,
                               int threads, std::size_t ahead)
    : files_(std::move(files)),
      overrides_(std::move(overrides)),
      ahead_(ahead < 1 ? 1 : ahead),
      done_(files_.size()) {
  reference_data();  // loaded once before the workers race to it
  for (int t = 0; t < threads; ++t) workers_.emplace_back([this] { work(); });
}

ReportPipeline::~ReportPipeline() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  for (auto& w : workers_) w.join();
}

BuiltReport ReportPipeline::build(std::size_t i) const {
  BuiltReport out{files_[i], std::nullopt, ""};
  try {
    out.report = build_report_from_file(files_[i], overrides_, reference_data());
  } catch (const std::exception& e) {
    out.error = e.what();
  }
  return out;
}

void ReportPipeline::work() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    changed_.wait(lock, [this] {
      return stopping_ || claimed_ >= files_.size() || claimed_ < taken_ + ahead_;
    });
    if (stopping_ || claimed_ >= files_.size()) return;
    std::size_t i = claimed_++;
    lock.unlock();
    BuiltReport built = build(i);
    lock.lock();
    done_[i] = std::move(built);
    changed_.notify_all();
  }
}

bool ReportPipeline::next(BuiltReport& out) {
  if (taken_ >= files_.size()) return false;
  if (workers_.empty()) {
    out = build(taken_++);
    return true;
  }
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return done_[taken_].has_value(); });
  out = std::move(*done_[taken_]);
  done_[taken_].reset();
  ++taken_;
  changed_.notify_all();
  return true;
}

}  // namespace ofsearch
