// A one-line progress bar on stderr for bulk indexing: files done, rate and time
// left. Draws only when stderr is a terminal; otherwise does nothing.
#pragma once

#include <chrono>
#include <cstddef>

namespace ofsearch::cli {

class ProgressBar {
 public:
  explicit ProgressBar(std::size_t total);
  void update(std::size_t done);
  void finish();  // clears the line

 private:
  std::size_t total_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace ofsearch::cli
