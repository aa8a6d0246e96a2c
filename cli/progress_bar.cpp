#include "cli/progress_bar.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace ofsearch::cli {

ProgressBar::ProgressBar(std::size_t total)
    : total_(total),
      enabled_(::isatty(STDERR_FILENO) == 1 && total > 1),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_ - std::chrono::seconds(1)) {}

void ProgressBar::update(std::size_t done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (done < total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double rate = seconds > 0 ? done / seconds : 0;
  int left = rate > 0 ? static_cast<int>((total_ - done) / rate) : 0;
  const int width = 30;
  int filled = total_ ? static_cast<int>(width * done / total_) : width;
  std::string bar(filled, '#');
  bar.resize(width, ' ');
  std::fprintf(stderr, "\r[%s] %zu/%zu files  %.1f files/s  %d:%02d left ", bar.c_str(), done,
               total_, rate, left / 60, left % 60);
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (!enabled_) return;
  std::fprintf(stderr, "\r%*s\r", 80, "");
  std::fflush(stderr);
}

}  // namespace ofsearch::cli
