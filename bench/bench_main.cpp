// ofsearch-bench: the benchmark driver (issue 5). Reads the options and dispatches to a
// mode (each in bench/modes/):
//   ofsearch-bench [run] [--paragraphs N] [--format table|json] [--out-dir DIR] ...  the benchmark
//   ofsearch-bench concurrency --paragraphs N     queries/s under indexing, on a run's index
//   ofsearch-bench profile --engine E --index DIR [--class C]   the mix on one engine, for perf
//   ofsearch-bench peak-search --index DIR --queries F          the peak-memory child
//   ofsearch-bench generate --paragraphs N --out DIR [--seed S] write a corpus only
//   ofsearch-bench plot --results DIR             chart every results-*.json
#include <fstream>
#include <iostream>

#include <boost/program_options.hpp>

#include "bench/corpus/corpus_generator.h"
#include "bench/modes/bench_setup.h"
#include "bench/modes/concurrency_mode.h"
#include "bench/modes/peak_search_mode.h"
#include "bench/modes/profile_mode.h"
#include "bench/modes/run_mode.h"
#include "bench/report_writer.h"
#include "reference/reference_data.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;
using namespace ofsearch;
using namespace ofsearch::bench;

namespace {

fs::path default_work(const char* argv0) {
  std::error_code ec;
  fs::path self = fs::canonical("/proc/self/exe", ec);
  return (ec ? fs::path(argv0).parent_path() : self.parent_path()) / "bench-data";
}

int generate(const Options& o, const fs::path& out) {
  fs::path corpus = ReferenceData::default_corpus_dir();
  auto gazetteer = AuthorityGazetteer::load(corpus / "authorities.tsv");
  TextPool pool = load_or_build_pool(o.work / "pool.txt", corpus / "reports", o.pdfs, gazetteer);
  auto data = GeneratorData::load(source_dir() / "bench" / "generator_data.tsv");
  CorpusInfo info = CorpusGenerator(pool, data, gazetteer).write(o.paragraphs, o.seed, out);
  std::cout << info.files.size() << " reports, " << info.paragraphs << " paragraphs, " << info.bytes
            << " bytes written to " << out.string() << " in " << info.seconds << " s\n";
  return 0;
}

int run(const Options& o, bool concurrency_only) {
  BenchResults results = concurrency_only ? run_concurrency_only(o) : run_benchmark(o);
  std::string md = markdown_report(results);
  nlohmann::json json = json_report(results);
  fs::create_directories(o.out_dir);
  std::string stem =
      (concurrency_only ? "concurrency-" : "results-") + std::to_string(o.paragraphs);
  std::ofstream(o.out_dir / (stem + ".md")) << md;
  std::ofstream(o.out_dir / (stem + ".json")) << json.dump(2) << '\n';
  if (o.format == "json") {
    std::cout << json.dump(2) << '\n';
  } else {
    std::cout << md;
  }
  std::cerr << "bench: wrote " << (o.out_dir / (stem + ".md")).string() << " and .json\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) try {
  Options o;
  std::string mode, out, results, index, queries, engine = "ofsearch", cls;
  po::options_description opts("ofsearch-bench [generate|plot] options");
  opts.add_options()("help", "this help")("paragraphs",
                                          po::value(&o.paragraphs)->default_value(o.paragraphs),
                                          "corpus size in paragraphs")(
      "seed", po::value(&o.seed)->default_value(o.seed), "corpus seed")(
      "work", po::value<std::string>(),
      "folder for corpora and indexes (default: <build>/bench-data)")(
      "out-dir", po::value<std::string>(), "where results-N.md/.json go (default: <work>/results)")(
      "out", po::value(&out), "generate: the corpus folder")(
      "format", po::value(&o.format)->default_value(o.format), "table or json")(
      "pdfs", po::value<std::string>(),
      "extra real text: PDFs under this folder (default /work/shared/corpus/real if present; '' "
      "for none)")("truth", po::bool_switch(&o.truth),
                   "index the generator's truth instead of running segmentation/extraction")(
      "repetitions", po::value(&o.repetitions)->default_value(o.repetitions),
      "timed warm passes over the mix")(
      "cold", po::value(&o.cold_per_class)->default_value(o.cold_per_class),
      "cold-cache queries per class (0: none)")(
      "no-single", "skip the 1-thread ofsearch index (saves time at 1M)")(
      "no-raw-index", "skip the bare-Xapian indexing floor (saves time at 1M)")(
      "no-cli", "skip timing the `ofsearch index` command on the corpus")(
      "shards", po::value(&o.shards)->default_value(o.shards), "parallel indexing shards/threads")(
      "concurrency", po::bool_switch(&o.concurrency),
      "also measure queries/s with 1 and 2 threads while indexing")(
      "concurrency-seconds",
      po::value(&o.concurrency_seconds)->default_value(o.concurrency_seconds),
      "per configuration")("results", po::value(&results), "plot: folder of results-*.json")(
      "index", po::value(&index), "peak-search/profile: index")(
      "engine", po::value(&engine), "profile: ofsearch, xapian_raw, xapian_mirror or fts5")(
      "class", po::value(&cls), "profile: one query class only")("queries", po::value(&queries),
                                                                 "peak-search: query mix")(
      "mode", po::value(&mode), "generate | plot | profile | concurrency | peak-search | run");
  po::positional_options_description pos;
  pos.add("mode", 1);
  po::variables_map vm;
  po::store(po::command_line_parser(argc, argv).options(opts).positional(pos).run(), vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << opts << '\n';
    return 0;
  }
  o.self = fs::canonical("/proc/self/exe");
  o.work = vm.count("work") ? fs::path(vm["work"].as<std::string>()) : default_work(argv[0]);
  o.out_dir = vm.count("out-dir") ? fs::path(vm["out-dir"].as<std::string>()) : o.work / "results";
  o.single = !vm.count("no-single");
  o.raw_index = !vm.count("no-raw-index");
  o.cli = !vm.count("no-cli");
  if (vm.count("pdfs")) o.pdfs = vm["pdfs"].as<std::string>();
  fs::create_directories(o.work);
  if (mode == "generate") {
    if (out.empty()) throw std::runtime_error("generate needs --out DIR");
    return generate(o, out);
  }
  if (mode == "plot") {
    fs::path dir = results.empty() ? o.out_dir : fs::path(results);
    std::cout << plot_results(dir, source_dir() / "bench" / "plot.gp").string() << '\n';
    return 0;
  }
  if (mode == "peak-search") return peak_search(index, queries);
  if (mode == "profile") {
    return profile(engine, index,
                   queries.empty() ? (source_dir() / "bench" / "queries.tsv").string() : queries,
                   o.repetitions, cls);
  }
  if (mode == "concurrency") return run(o, true);
  if (!mode.empty() && mode != "run") throw std::runtime_error("unknown mode '" + mode + "'");
  return run(o, false);
} catch (const std::exception& e) {
  std::cerr << "ofsearch-bench: " << e.what() << '\n';
  return 1;
}
