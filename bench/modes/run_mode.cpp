#include "bench/modes/run_mode.h"

#include <initializer_list>
#include <map>
#include <memory>

#include "bench/compare.h"
#include "bench/corpus/corpus_generator.h"
#include "bench/engines/fts5_engine.h"
#include "bench/engines/http_api.h"
#include "bench/engines/ofsearch_engine.h"
#include "bench/engines/xapian_raw_engine.h"
#include "bench/facet_breakdown.h"
#include "bench/modes/bench_setup.h"
#include "bench/modes/concurrency_mode.h"
#include "bench/modes/peak_search_mode.h"
#include "bench/runner.h"
#include "bench/stopwatch.h"
#include "index/index_writer.h"
#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"

namespace ofsearch::bench {
namespace {

namespace fs = std::filesystem;

CorpusInfo corpus_for(const Options& o, const Setup& s) {
  fs::path dir =
      o.work / ("corpus-" + std::to_string(o.paragraphs) + "-seed" + std::to_string(o.seed));
  if (auto existing = existing_corpus(dir, o.paragraphs, o.seed)) {
    say("reusing the corpus in " + dir.string());
    return *existing;
  }
  say("generating " + std::to_string(o.paragraphs) + " paragraphs into " + dir.string());
  CorpusGenerator generator(s.pool, s.data, s.gazetteer);
  CorpusInfo info = generator.write(o.paragraphs, o.seed, dir);
  say("generated " + std::to_string(info.files.size()) + " reports in " +
      std::to_string(info.seconds) + " s");
  return info;
}

// The generator's truth for the first reports of the corpus, themes tagged as the pipeline would.
std::vector<Report> truth_reports(const Options& o, const Setup& s, std::size_t paragraphs) {
  CorpusGenerator generator(s.pool, s.data, s.gazetteer);
  const ReferenceData* reference = nullptr;
  try {
    reference = &reference_data();
  } catch (const std::exception& e) {
    say(std::string("no theme tags in the truth: ") + e.what());
  }
  std::vector<Report> out;
  generator.generate(paragraphs, o.seed, [&](const ReportPlan&, RenderedReport&& r) {
    if (reference) {
      for (auto& p : r.truth.paragraphs) {
        if (!p.boilerplate) p.themes = reference->themes.themes_of(p.text);
      }
    }
    out.push_back(std::move(r.truth));
  });
  return out;
}

ReportSource source_for(const CorpusInfo& corpus, const std::vector<Report>* truth) {
  if (truth) return [truth](std::size_t i) { return (*truth)[i]; };
  return [&corpus](std::size_t i) {
    return build_report_from_file(corpus.dir / corpus.files[i].file, Overrides{}, reference_data());
  };
}

void accuracy(BenchResults& r, const std::vector<Report>& built, const std::vector<Report>& truth) {
  std::size_t n = std::min(built.size(), truth.size()), authority = 0, type = 0, date = 0;
  std::size_t built_paragraphs = 0, truth_paragraphs = 0;
  for (std::size_t i = 0; i < n; ++i) {
    authority += built[i].authority == truth[i].authority;
    type += built[i].report_type == truth[i].report_type;
    date += built[i].date == truth[i].date;
    built_paragraphs += built[i].paragraphs.size();
    truth_paragraphs += truth[i].paragraphs.size();
  }
  if (!n) return;
  r.other.push_back({"pipeline vs generator truth: authority right", 100.0 * authority / n, "%"});
  r.other.push_back({"pipeline vs generator truth: report type right", 100.0 * type / n, "%"});
  r.other.push_back({"pipeline vs generator truth: date right", 100.0 * date / n, "%"});
  r.other.push_back(
      {"pipeline paragraphs per truth paragraph", double(built_paragraphs) / truth_paragraphs, ""});
}

IndexEntry entry(const OfsearchIndexRun& run) {
  IndexEntry e{run.stats, 0, {}};
  e.extra["pipeline_s"] = run.source_seconds;
  e.extra["add_s"] = run.add_seconds;
  e.extra["commit_or_compact_s"] = run.commit_seconds;
  e.extra["uncompacted_MB"] = run.uncompacted_bytes / 1048576.0;
  return e;
}

struct Engines {
  std::unique_ptr<OfsearchEngine> ofsearch;
  std::unique_ptr<XapianRawEngine> raw, mirror;
  std::unique_ptr<Fts5Engine> fts5;
};

// With --per-report the total should still count every matching paragraph.
void check_per_report_totals(const Options& o, BenchResults& r, const std::vector<BenchQuery>& mix,
                             const std::vector<Answer>& answers) {
  Searcher searcher(o.work / ("index-" + std::to_string(o.paragraphs)) / "ofsearch");
  std::size_t checked = 0, wrong = 0;
  for (std::size_t i = 0; i < mix.size() && i < answers.size(); ++i) {
    if (!mix[i].per_report) continue;
    SearchRequest req = to_request(mix[i]);
    req.per_report = false;
    req.limit = 0;
    std::size_t all = searcher.search(req).total;
    ++checked;
    if (all != answers[i].total) {
      ++wrong;
      if (wrong <= 3) {
        r.notes.push_back("ofsearch --per-report total is not exact: `" + mix[i].text + "` says " +
                          std::to_string(answers[i].total) +
                          " paragraphs, the same search without " + "--per-report finds " +
                          std::to_string(all) +
                          " (Searcher uses MSet::get_uncollapsed_matches_estimated, an estimate)");
      }
    }
  }
  r.other.push_back({"per_report queries whose total paragraphs is wrong", double(wrong),
                     "of " + std::to_string(checked)});
}

void run_queries(const Options& o, BenchResults& r, Engines& e, const std::vector<BenchQuery>& mix,
                 const CorpusInfo& corpus) {
  std::map<std::string, MixRun> warm;
  for (Engine* engine :
       std::initializer_list<Engine*>{e.ofsearch.get(), e.raw.get(), e.fts5.get()}) {
    say("warm queries: " + engine->name());
    warm[engine->name()] = run_warm(*engine, mix, o.repetitions);
    for (auto& [cls, l] : summarise(mix, warm[engine->name()])) r.warm[cls][engine->name()] = l;
  }
  say("warm queries: xapian_mirror (Searcher's algorithm in raw Xapian)");
  MixRun mirror = run_warm(*e.mirror, mix, o.repetitions);
  for (auto& [cls, l] : summarise(mix, mirror)) r.warm[cls]["xapian_mirror"] = l;
  say("ripgrep");
  std::vector<bool> applies;
  MixRun rg = run_ripgrep(corpus.dir / "reports", mix, 1, &applies);
  for (auto& [cls, l] : summarise(mix, rg)) r.warm[cls]["ripgrep"] = l;
  if (o.cold_per_class > 0) {
    bool dropped = drop_page_cache();
    r.cold_method =
        dropped ? "OS page cache dropped (echo 3 > /proc/sys/vm/drop_caches) and the engine "
                  "reopened before each query, " +
                      std::to_string(o.cold_per_class) + " queries per class"
                : "page cache NOT dropped (not permitted): engine reopened before each query only";
    for (Engine* engine :
         std::initializer_list<Engine*>{e.ofsearch.get(), e.raw.get(), e.fts5.get()}) {
      say("cold queries: " + engine->name());
      MixRun cold = run_cold(*engine, mix, o.cold_per_class, dropped);
      for (auto& [cls, l] : summarise(mix, cold)) r.cold[cls][engine->name()] = l;
      engine->reopen();
    }
  }
  auto exact_total = [&](const BenchQuery& q) {
    SearchRequest req = to_request(q);
    req.exact = true;
    req.limit = 0;
    Searcher searcher(o.work / ("index-" + std::to_string(o.paragraphs)) / "ofsearch");
    return static_cast<std::size_t>(searcher.search(req).total);
  };
  r.compared = mix.size();
  r.mismatches =
      compare_totals(mix, warm["ofsearch"].answers, warm["fts5"].answers, "fts5", exact_total);
  auto raw_diff = compare_totals(mix, warm["ofsearch"].answers, warm["xapian_raw"].answers,
                                 "xapian_raw", nullptr);
  r.mismatches.insert(r.mismatches.end(), raw_diff.begin(), raw_diff.end());
  auto mirror_diff =
      compare_totals(mix, warm["ofsearch"].answers, mirror.answers, "xapian_mirror", nullptr);
  r.mismatches.insert(r.mismatches.end(), mirror_diff.begin(), mirror_diff.end());
  check_per_report_totals(o, r, mix, warm["ofsearch"].answers);
  for (auto& [cls, share] : top10_overlap(mix, warm["ofsearch"].answers, warm["fts5"].answers)) {
    r.other.push_back({"top-10 overlap ofsearch/FTS5: " + cls, 100 * share, "%"});
  }
  for (auto& [cls, share] :
       top10_overlap(mix, warm["ofsearch"].answers, warm["xapian_raw"].answers)) {
    r.other.push_back({"top-10 overlap ofsearch/raw Xapian: " + cls, 100 * share, "%"});
  }
}

// Adds one new focused-visit letter to the index and commits, as `ofsearch index` would.
double add_one_letter_ms(const Options& o, const CorpusInfo& corpus, const fs::path& index) {
  const CorpusFile* letter = nullptr;
  for (const auto& f : corpus.files) {
    if (f.type == "focused-visit") letter = &f;
  }
  if (!letter) return -1;
  fs::path dir = o.work / "new-letter";
  fs::create_directories(dir);
  fs::path file = dir / "new-focused-visit-letter.txt";
  fs::copy_file(corpus.dir / letter->file, file, fs::copy_options::overwrite_existing);
  Stopwatch t;
  {
    IndexWriter writer(index, false);
    writer.add(build_report_from_file(file, Overrides{}, reference_data()));
    writer.commit();
  }
  double ms = t.milliseconds();
  IndexWriter writer(index, false);
  writer.remove(report_id_for(file));
  writer.commit();
  return ms;
}

}  // namespace

BenchResults run_benchmark(const Options& o) {
  Stopwatch start;
  std::string load_start = load_average();
  BenchResults r;
  r.machine = machine_description() + ", ofsearch " + source_revision();
  r.date = today();
  Setup setup = load_setup(o);
  CorpusInfo corpus = corpus_for(o, setup);
  r.reports = corpus.files.size();
  r.corpus_bytes = corpus.bytes;
  r.source = "text recombined from " + std::to_string(corpus.pool_sources) + " real documents (" +
             std::to_string(corpus.pool_sentences) + " sentences, " +
             std::to_string(corpus.pool_paragraphs) + " paragraphs); " +
             (o.truth ? "indexed from the generator's truth (pipeline skipped)"
                      : "indexed through the full pipeline");
  std::vector<Report> truth;
  if (o.truth) truth = truth_reports(o, setup, o.paragraphs);
  ReportSource source = source_for(corpus, o.truth ? &truth : nullptr);

  fs::path idx = o.work / ("index-" + std::to_string(o.paragraphs));
  fs::create_directories(idx);
  std::vector<Report> reports;
  double cpu = 0;
  if (o.single) {
    say("indexing with ofsearch on 1 thread");
    cpu = process_cpu_s();
    OfsearchIndexRun single =
        index_ofsearch(source, corpus.files.size(), idx / "ofsearch-1thread", &reports);
    r.index["ofsearch"] = entry(single);
    r.index["ofsearch"].cpu_seconds = process_cpu_s() - cpu;
    fs::remove_all(idx / "ofsearch-1thread");
  }
  say("indexing with ofsearch on " + std::to_string(o.shards) + " shards");
  cpu = process_cpu_s();
  OfsearchIndexRun sharded = index_ofsearch_sharded(source, corpus.files.size(), idx / "ofsearch",
                                                    o.shards, o.single ? nullptr : &reports);
  r.paragraphs = sharded.stats.paragraphs;
  std::string sharded_name = "ofsearch_" + std::to_string(o.shards) + "shards";
  r.index[sharded_name] = entry(sharded);
  r.index[sharded_name].cpu_seconds = process_cpu_s() - cpu;
  if (o.cli) {
    say("indexing with the ofsearch CLI");
    double cli_cpu = 0;
    IndexStats cli = index_with_cli(corpus.dir, idx / "ofsearch-cli", o.shards, &cli_cpu);
    cli.text_bytes = sharded.stats.text_bytes;
    r.index["ofsearch_cli"] = {cli, cli_cpu, {}};
    fs::remove_all(idx / "ofsearch-cli");
  }
  if (o.raw_index) {
    say("indexing with raw Xapian");
    cpu = process_cpu_s();
    r.index["xapian_raw"] = {build_xapian_raw(idx / "xapian_raw", reports), 0, {}};
    r.index["xapian_raw"].cpu_seconds = process_cpu_s() - cpu;
    fs::remove_all(idx / "xapian_raw");
  }
  say("loading FTS5");
  cpu = process_cpu_s();
  r.index["fts5"] = {build_fts5(idx / "fts5.db", reports), 0, {}};
  r.index["fts5"].cpu_seconds = process_cpu_s() - cpu;
  if (!o.truth)
    accuracy(r, reports, truth_reports(o, setup, std::min<std::size_t>(o.paragraphs, 100000)));
  reports.clear();
  reports.shrink_to_fit();

  std::vector<BenchQuery> mix = load_query_mix(source_dir() / "bench" / "queries.tsv");
  r.queries = mix.size();
  Engines engines{std::make_unique<OfsearchEngine>(idx / "ofsearch"),
                  std::make_unique<XapianRawEngine>(idx / "ofsearch"),
                  std::make_unique<XapianRawEngine>(idx / "ofsearch", true),
                  std::make_unique<Fts5Engine>(idx / "fts5.db")};
  run_queries(o, r, engines, mix, corpus);
  say("http: the mix through the JSON API beside the in-process Searcher");
  HttpComparison http = compare_http(idx / "ofsearch", mix, o.repetitions);
  for (const auto& [cls, l] : http.in_process) r.http[cls]["in_process"] = l;
  for (const auto& [cls, l] : http.http) r.http[cls]["http"] = l;
  r.other.push_back({"http answers whose total differs from the in-process search",
                     double(http.totals_differing), "of " + std::to_string(http.queries)});
  say("facet breakdown");
  r.facet_breakdown = facet_breakdown(idx / "ofsearch", mix,
                                      [&](const BenchQuery& q) { return engines.raw->query(q); });
  engines = {};
  r.other.push_back({"peak memory (VmHWM) of a search process running the whole mix",
                     peak_memory_mb(o.self, idx / "ofsearch"), "MB"});
  if (!o.truth)
    r.other.push_back({"add one focused-visit letter to the index + commit",
                       add_one_letter_ms(o, corpus, idx / "ofsearch"), "ms"});
  if (o.concurrency && !o.truth) measure_concurrency(o, r, setup, mix, idx / "ofsearch");
  r.other.push_back({"benchmark wall time (this run)", start.seconds(), "s"});
  r.notes.push_back("load average (1/5/15 min) at start " + load_start + ", at end " +
                    load_average() +
                    " (the machine is shared; other processes add noise to p95/p99)");
  return r;
}

}  // namespace ofsearch::bench
