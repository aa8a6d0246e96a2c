#include "bench/report_writer.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "bench/query_mix.h"

namespace ofsearch::bench {
namespace {

namespace fs = std::filesystem;

const char* const kEngines[] = {"ofsearch", "xapian_raw", "xapian_mirror", "fts5", "ripgrep"};

std::string num(double v, int decimals = 2) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string with_commas(std::size_t n) {
  std::string s = std::to_string(n), out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i && (s.size() - i) % 3 == 0) out += ',';
    out += s[i];
  }
  return out;
}

void latency_table(std::ostringstream& md,
                   const std::map<std::string, std::map<std::string, Latency>>& by_class) {
  md << "| class | engine | p50 ms | p95 ms | p99 ms | CPU p50 ms | CPU p99 ms | runs | matches "
        "| p50 vs FTS5 | p99 vs FTS5 | p50 vs raw | p50 vs mirror |\n"
     << "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& cls : query_classes()) {
    auto c = by_class.find(cls);
    if (c == by_class.end()) continue;
    const auto* fts = c->second.count("fts5") ? &c->second.at("fts5") : nullptr;
    const auto* raw = c->second.count("xapian_raw") ? &c->second.at("xapian_raw") : nullptr;
    const auto* mirror =
        c->second.count("xapian_mirror") ? &c->second.at("xapian_mirror") : nullptr;
    for (const char* engine : kEngines) {
      auto e = c->second.find(engine);
      if (e == c->second.end()) continue;
      const Latency& l = e->second;
      md << "| " << cls << " | " << engine << " | " << num(l.p50) << " | " << num(l.p95) << " | "
         << num(l.p99) << " | " << (std::string(engine) == "ripgrep" ? "" : num(l.cpu_p50)) << " | "
         << (std::string(engine) == "ripgrep" ? "" : num(l.cpu_p99)) << " | " << l.samples << " | "
         << with_commas(l.matches) << " | ";
      bool ratio = fts && std::string(engine) != "fts5" && std::string(engine) != "ripgrep" &&
                   std::string(engine) != "xapian_mirror";
      md << (ratio && fts->p50 > 0 ? num(l.p50 / fts->p50) + "x" : "") << " | "
         << (ratio && fts->p99 > 0 ? num(l.p99 / fts->p99) + "x" : "") << " | "
         << (std::string(engine) == "ofsearch" && raw && raw->p50 > 0 ? num(l.p50 / raw->p50) + "x"
                                                                      : "")
         << " | "
         << (std::string(engine) == "ofsearch" && mirror && mirror->p50 > 0
                 ? num(l.p50 / mirror->p50) + "x"
                 : "")
         << " |\n";
    }
  }
}

// Issue 10's goal for the JSON API: within 1.3x + 1 ms of the in-process search at p50.
void http_table(std::ostringstream& md,
                const std::map<std::string, std::map<std::string, Latency>>& by_class) {
  md << "\n### HTTP API vs in-process Searcher (warm; `GET /api/search` on loopback, one "
        "keep-alive client, the same requests with facets; the two run in turn query by "
        "query)\n\n| class | in-process p50 ms | http p50 ms | in-process p99 ms | http p99 ms | "
        "http/in-process p50 | within 1.3x + 1 ms at p50 |\n|---|---:|---:|---:|---:|---:|---|\n";
  for (const auto& cls : query_classes()) {
    auto c = by_class.find(cls);
    if (c == by_class.end() || !c->second.count("http") || !c->second.count("in_process")) continue;
    const Latency& local = c->second.at("in_process");
    const Latency& http = c->second.at("http");
    md << "| " << cls << " | " << num(local.p50) << " | " << num(http.p50) << " | "
       << num(local.p99) << " | " << num(http.p99) << " | "
       << (local.p50 > 0 ? num(http.p50 / local.p50) + "x" : "") << " | "
       << (http.p50 <= 1.3 * local.p50 + 1.0 ? "yes" : "no") << " |\n";
  }
}

nlohmann::json latency_json(const std::map<std::string, std::map<std::string, Latency>>& by_class) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [cls, engines] : by_class) {
    for (const auto& [engine, l] : engines) {
      out[cls][engine] = {{"p50_ms", l.p50},   {"p95_ms", l.p95},         {"p99_ms", l.p99},
                          {"mean_ms", l.mean}, {"cpu_p50_ms", l.cpu_p50}, {"cpu_p99_ms", l.cpu_p99},
                          {"runs", l.samples}, {"matches", l.matches}};
    }
  }
  return out;
}

}  // namespace

std::string markdown_report(const BenchResults& r) {
  std::ostringstream md;
  md << "## ofsearch benchmark: " << with_commas(r.paragraphs) << " paragraphs\n\n"
     << "- date: " << r.date << "\n- machine: " << r.machine
     << "\n- corpus: " << with_commas(r.reports) << " reports, " << with_commas(r.paragraphs)
     << " paragraphs indexed, " << num(r.corpus_bytes / 1048576.0, 1) << " MB of text files ("
     << r.source << ")\n"
     << "- query mix: " << r.queries << " queries in " << query_classes().size() << " classes\n\n";
  md << "### Indexing\n\n| engine | paragraphs/s | MB/s | seconds | CPU seconds | paragraphs per "
        "CPU-second | bytes/paragraph | index MB | how |\n"
     << "|---|---:|---:|---:|---:|---:|---:|---:|---|\n";
  for (const auto& [engine, e] : r.index) {
    const IndexStats& s = e.stats;
    double secs = s.seconds > 0 ? s.seconds : 1;
    md << "| " << engine << " | " << with_commas(static_cast<std::size_t>(s.paragraphs / secs))
       << " | " << num(s.text_bytes / 1048576.0 / secs) << " | " << num(s.seconds, 1) << " | "
       << num(e.cpu_seconds, 1) << " | "
       << (e.cpu_seconds > 0 ? with_commas(static_cast<std::size_t>(s.paragraphs / e.cpu_seconds))
                             : std::string())
       << " | " << (s.paragraphs ? with_commas(s.index_bytes / s.paragraphs) : "0") << " | "
       << num(s.index_bytes / 1048576.0, 1) << " | " << s.note << " |\n";
  }
  for (const auto& [engine, e] : r.index) {
    if (e.extra.empty()) continue;
    md << "\n" << engine << " breakdown:";
    for (const auto& [k, v] : e.extra) md << " " << k << " " << num(v, 2) << ";";
    md << "\n";
  }
  md << "\n### Query latency, warm cache (in-process; percentiles over every timed run)\n\n";
  latency_table(md, r.warm);
  if (!r.cold.empty()) {
    md << "\n### Query latency, cold cache (" << r.cold_method << ")\n\n";
    latency_table(md, r.cold);
  }
  if (!r.http.empty()) http_table(md, r.http);
  if (!r.facet_breakdown.empty()) {
    md << "\n### Facet counting breakdown (facets class, mean per query)\n\n| step | value "
          "|\n|---|---:|\n";
    for (const auto& f : r.facet_breakdown)
      md << "| " << f.name << " | " << num(f.value, 3) << " " << f.unit << " |\n";
  }
  if (!r.other.empty()) {
    md << "\n### Other figures\n\n| figure | value |\n|---|---:|\n";
    for (const auto& f : r.other)
      md << "| " << f.name << " | " << num(f.value, 2) << " " << f.unit << " |\n";
  }
  md << "\n### Match counts\n\n"
     << r.compared - std::count_if(r.mismatches.begin(), r.mismatches.end(),
                                   [](const Mismatch& m) { return m.engine == "fts5"; })
     << " of " << r.compared << " queries: ofsearch and FTS5 agree exactly.\n";
  if (!r.mismatches.empty()) {
    md << "\n| class | query | engine | ofsearch | other | why |\n|---|---|---|---:|---:|---|\n";
    for (const auto& m : r.mismatches) {
      md << "| " << m.cls << " | `" << m.query << "` | " << m.engine << " | "
         << with_commas(m.ofsearch) << " | " << with_commas(m.other) << " | " << m.reason << " |\n";
    }
  }
  for (const auto& n : r.notes) md << "\n- " << n;
  md << "\n";
  return md.str();
}

nlohmann::json json_report(const BenchResults& r) {
  nlohmann::json j;
  j["paragraphs"] = r.paragraphs;
  j["reports"] = r.reports;
  j["corpus_bytes"] = r.corpus_bytes;
  j["machine"] = r.machine;
  j["date"] = r.date;
  j["source"] = r.source;
  for (const auto& [engine, e] : r.index) {
    const IndexStats& s = e.stats;
    double secs = s.seconds > 0 ? s.seconds : 1;
    j["index"][engine] = {
        {"paragraphs_per_s", s.paragraphs / secs},
        {"mb_per_s", s.text_bytes / 1048576.0 / secs},
        {"bytes_per_paragraph", s.paragraphs ? double(s.index_bytes) / s.paragraphs : 0},
        {"seconds", s.seconds},
        {"cpu_seconds", e.cpu_seconds},
        {"index_bytes", s.index_bytes},
        {"note", s.note}};
    for (const auto& [k, v] : e.extra) j["index"][engine]["breakdown"][k] = v;
  }
  j["queries"] = latency_json(r.warm);
  if (!r.http.empty()) j["http"] = latency_json(r.http);
  if (!r.cold.empty()) {
    j["queries_cold"] = latency_json(r.cold);
    j["cold_method"] = r.cold_method;
  }
  for (const auto& f : r.facet_breakdown)
    j["facet_breakdown"].push_back({{"step", f.name}, {"value", f.value}, {"unit", f.unit}});
  for (const auto& f : r.other) j["other"][f.name] = {{"value", f.value}, {"unit", f.unit}};
  j["match_counts"] = {{"compared", r.compared}, {"differences", nlohmann::json::array()}};
  for (const auto& m : r.mismatches) {
    j["match_counts"]["differences"].push_back({{"class", m.cls},
                                                {"query", m.query},
                                                {"engine", m.engine},
                                                {"ofsearch", m.ofsearch},
                                                {"other", m.other},
                                                {"why", m.reason}});
  }
  j["notes"] = r.notes;
  return j;
}

fs::path plot_results(const fs::path& dir, const fs::path& script) {
  std::vector<nlohmann::json> runs;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name.rfind("results-", 0) == 0 && e.path().extension() == ".json") {
      runs.push_back(nlohmann::json::parse(std::ifstream(e.path())));
    }
  }
  if (runs.empty()) throw std::runtime_error("no results-*.json in " + dir.string());
  std::sort(runs.begin(), runs.end(),
            [](const auto& a, const auto& b) { return a["paragraphs"] < b["paragraphs"]; });
  fs::path dat = dir / "latency.dat";
  std::ofstream out(dat);
  std::string titles;
  for (const auto& run : runs) {
    std::size_t n = run["paragraphs"];
    titles += (titles.empty() ? "" : " ") + with_commas(n);
    out << "# paragraphs " << n
        << "\n# class ofsearch_p50 xapian_raw_p50 fts5_p50 ofsearch_p99 xapian_raw_p99 fts5_p99\n";
    for (const auto& cls : query_classes()) {
      if (!run["queries"].contains(cls)) continue;
      const auto& c = run["queries"][cls];
      out << cls;
      for (const char* stat : {"p50_ms", "p99_ms"}) {
        for (const char* engine : {"ofsearch", "xapian_raw", "fts5"}) {
          out << ' ' << (c.contains(engine) ? c[engine][stat].get<double>() : 0.0);
        }
      }
      out << '\n';
    }
    out << "\n\n";
  }
  out.close();
  fs::path png = dir / "latency.png";
  std::string cmd = "gnuplot -e \"datafile='" + dat.string() + "'; outfile='" + png.string() +
                    "'; runs=" + std::to_string(runs.size()) + "; titles='" + titles + "'\" '" +
                    script.string() + "'";
  if (std::system(cmd.c_str()) != 0) throw std::runtime_error("gnuplot failed: " + cmd);
  return png;
}

}  // namespace ofsearch::bench
