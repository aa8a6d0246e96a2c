// Everything one benchmark run measured, as the report writer prints it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "bench/engines/engine.h"

namespace ofsearch::bench {

struct Latency {
  double p50 = 0, p95 = 0, p99 = 0, mean = 0;  // wall-clock milliseconds
  double cpu_p50 = 0, cpu_p99 = 0;  // the thread's CPU milliseconds: steady on a busy machine
  std::size_t samples = 0;
  std::size_t matches = 0;  // total matches summed over the class's queries
};

struct IndexEntry {
  IndexStats stats;
  double cpu_seconds = 0;               // process CPU time (all threads) spent on it
  std::map<std::string, double> extra;  // breakdown (seconds, bytes) by name
};

struct Mismatch {
  std::string cls, query, engine;  // engine compared with ofsearch
  std::size_t ofsearch = 0, other = 0;
  std::string reason;
};

struct NamedFigure {
  std::string name;
  double value = 0;
  std::string unit;
};

struct BenchResults {
  std::size_t paragraphs = 0, reports = 0, corpus_bytes = 0, queries = 0;
  std::string machine, date, source, cold_method;
  std::map<std::string, IndexEntry> index;                           // engine -> figures
  std::map<std::string, std::map<std::string, Latency>> warm, cold;  // class -> engine -> latency
  std::vector<Mismatch> mismatches;
  std::size_t compared = 0;                  // queries compared ofsearch vs fts5
  std::vector<NamedFigure> facet_breakdown;  // facets class, per step
  std::vector<NamedFigure> other;            // peak memory, add one letter, overlap...
  // The `http` row (bench/engines/http_api.h): class -> "in_process" / "http" -> latency.
  std::map<std::string, std::map<std::string, Latency>> http;
  std::vector<std::string> notes;
};

}  // namespace ofsearch::bench
