// The scaled benchmark corpus: a deterministic (fixed seed) set of report text files
// of about N paragraphs, recombined from real report text (bench/corpus/text_pool.h), spread
// over every authority of the gazetteer, the years 2009-2025, every report type and
// a realistic grade mix, written as files the normal indexer reads. A corpus of N
// paragraphs is a prefix of any larger one with the same seed, so sizes compare fairly.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "bench/corpus/report_shapes.h"
#include "bench/corpus/text_pool.h"
#include "reference/authority_gazetteer.h"

namespace ofsearch::bench {

inline constexpr int kGeneratorVersion = 1;

struct CorpusFile {
  std::string id;              // report id (file name without extension)
  std::filesystem::path file;  // relative to the corpus folder
  std::string type, authority, date;
  int paragraphs = 0;  // paragraphs in the truth
  std::size_t bytes = 0;
};

struct CorpusInfo {
  std::filesystem::path dir;
  std::size_t target = 0;  // paragraphs asked for
  std::uint64_t seed = 0;
  std::size_t paragraphs = 0, bytes = 0;
  std::size_t pool_sources = 0, pool_sentences = 0, pool_paragraphs = 0;
  double seconds = 0;  // generation time (0 when reused)
  std::vector<CorpusFile> files;
};

class CorpusGenerator {
 public:
  CorpusGenerator(const TextPool& pool, const GeneratorData& data,
                  const AuthorityGazetteer& authorities);

  // Renders reports in order until their truth holds at least `paragraphs`
  // paragraphs, handing each to `sink`.
  void generate(std::size_t paragraphs, std::uint64_t seed,
                const std::function<void(const ReportPlan&, RenderedReport&&)>& sink) const;

  // generate() into `dir`: dir/reports/NNN/ID.txt, dir/manifest.tsv, dir/corpus.json.
  CorpusInfo write(std::size_t paragraphs, std::uint64_t seed,
                   const std::filesystem::path& dir) const;

 private:
  ReportPlan plan(std::size_t index, Rng& rng, std::vector<std::size_t>& deck) const;

  const TextPool& pool_;
  const GeneratorData& data_;
  const AuthorityGazetteer& authorities_;
  ReportShapes shapes_;
};

// The corpus in `dir` if it was generated with this target, seed and generator version.
std::optional<CorpusInfo> existing_corpus(const std::filesystem::path& dir, std::size_t paragraphs,
                                          std::uint64_t seed);

// The text pool, from `cache` when present; else built from corpus/reports/*.txt and,
// when pdf_dir is non-empty and exists, the PDFs under it, then saved to `cache`.
TextPool load_or_build_pool(const std::filesystem::path& cache,
                            const std::filesystem::path& reports_dir,
                            const std::filesystem::path& pdf_dir,
                            const AuthorityGazetteer& authorities);

}  // namespace ofsearch::bench
