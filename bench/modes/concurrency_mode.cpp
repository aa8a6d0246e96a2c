#include "bench/modes/concurrency_mode.h"

#include <stdexcept>

#include "bench/concurrency.h"
#include "bench/corpus/corpus_generator.h"
#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"

namespace ofsearch::bench {

namespace fs = std::filesystem;

void measure_concurrency(const Options& o, BenchResults& r, const Setup& s,
                         const std::vector<BenchQuery>& mix, const fs::path& index) {
  fs::path copy = o.work / "concurrency-index";
  fs::remove_all(copy);
  fs::copy(index, copy, fs::copy_options::recursive);
  fs::path extra = o.work / "concurrency-reports";
  Options more = o;
  more.seed = o.seed + 1000;
  more.paragraphs = 20000;
  CorpusGenerator generator(s.pool, s.data, s.gazetteer);
  CorpusInfo info = generator.write(more.paragraphs, more.seed, extra);
  // Fresh ids, so every add is a new report rather than a replacement.
  ReportSource adds = [&info](std::size_t i) {
    Report rep =
        build_report_from_file(info.dir / info.files[i].file, Overrides{}, reference_data());
    rep.report_id = "new-" + rep.report_id;
    return rep;
  };
  say("concurrency: " + std::to_string(o.concurrency_seconds) + " s per configuration");
  auto runs = run_concurrency(copy, mix, adds, info.files.size(), o.concurrency_seconds);
  auto figures = concurrency_figures(runs);
  r.other.insert(r.other.end(), figures.begin(), figures.end());
  fs::remove_all(copy);
}

BenchResults run_concurrency_only(const Options& o) {
  BenchResults r;
  r.machine = machine_description() + ", ofsearch " + source_revision();
  r.date = today();
  Setup setup = load_setup(o);
  fs::path index = o.work / ("index-" + std::to_string(o.paragraphs)) / "ofsearch";
  if (!fs::exists(index))
    throw std::runtime_error("no index at " + index.string() + ": run the benchmark first");
  std::vector<BenchQuery> mix = load_query_mix(source_dir() / "bench" / "queries.tsv");
  r.paragraphs = Xapian::Database(index.string()).get_doccount();
  measure_concurrency(o, r, setup, mix, index);
  return r;
}

}  // namespace ofsearch::bench
