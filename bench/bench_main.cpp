// ofsearch-bench: generates the scaled corpus and (later) runs the benchmark.
#include <iostream>

#include <boost/program_options.hpp>

#include "bench/corpus_generator.h"
#include "reference/reference_data.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;
using namespace ofsearch;
using namespace ofsearch::bench;

int main(int argc, char** argv) {
  std::size_t paragraphs = 10000;
  std::uint64_t seed = 1;
  std::string out, pdfs = "/work/shared/corpus/real", pool = "bench-data/pool.txt";
  po::options_description opts("ofsearch-bench generate");
  opts.add_options()("paragraphs", po::value(&paragraphs))("seed", po::value(&seed))(
      "out", po::value(&out))("pdfs", po::value(&pdfs))("pool", po::value(&pool));
  po::variables_map vm;
  po::store(po::parse_command_line(argc - 1, argv + 1, opts), vm);
  po::notify(vm);
  fs::path corpus = ReferenceData::default_corpus_dir();
  auto gazetteer = AuthorityGazetteer::load(corpus / "authorities.tsv");
  TextPool p = load_or_build_pool(pool, corpus / "reports", pdfs, gazetteer);
  auto data = GeneratorData::load(fs::path(OFSEARCH_SOURCE_DIR) / "bench" / "generator_data.tsv");
  CorpusGenerator gen(p, data, gazetteer);
  CorpusInfo info = gen.write(paragraphs, seed, out);
  std::cout << info.files.size() << " reports, " << info.paragraphs << " paragraphs, " << info.bytes
            << " bytes in " << info.seconds << " s\n";
}
