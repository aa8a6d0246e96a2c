// Prints a benchmark run: the terminal/markdown table, the JSON object
// {"paragraphs", "index": {engine: {...}}, "queries": {class: {engine: {...}}}, ...},
// and the chart data merging every run's JSON in a results folder (bench/plot.gp).
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "bench/results.h"

namespace ofsearch::bench {

std::string markdown_report(const BenchResults& results);
nlohmann::json json_report(const BenchResults& results);

// Reads results-*.json in `dir`, writes dir/latency.dat and renders dir/latency.png
// with gnuplot and `script`. Returns the PNG path; throws when gnuplot fails.
std::filesystem::path plot_results(const std::filesystem::path& dir,
                                   const std::filesystem::path& script);

}  // namespace ofsearch::bench
