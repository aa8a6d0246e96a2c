// Wall-clock timing for the benchmark: a steady clock, started when constructed.
#pragma once

#include <chrono>

namespace ofsearch::bench {

class Stopwatch {
 public:
  double seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }
  double milliseconds() const { return seconds() * 1000; }

 private:
  using Clock = std::chrono::steady_clock;
  Clock::time_point start_ = Clock::now();
};

}  // namespace ofsearch::bench
