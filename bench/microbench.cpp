// ofsearch-microbench: throughput (MB/s) of each stage of the analysis pipeline on
// the bundled real reports (corpus/reports/*.txt): normaliser, tokenizer/stemmer
// (Xapian TermGenerator as the indexer configures it), synonym concept matching,
// theme tagging, paragraph segmentation, metadata extraction and the whole
// build_report; and the indexing cost breakdown (bare Xapian add, with spelling data,
// IndexWriter::add). Run: build/ofsearch-microbench [--benchmark_filter=...]
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include <xapian.h>

#include "index/index_writer.h"
#include "indexer/extract/document_reader.h"
#include "indexer/metadata/metadata_extractor.h"
#include "indexer/metadata/overrides.h"
#include "indexer/segment/paragraph_segmenter.h"
#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"
#include "schema/schema.h"
#include "stemming/analyzer.h"
#include "stemming/synonym_table.h"
#include "stemming/text_normaliser.h"

namespace {

namespace fs = std::filesystem;
using namespace ofsearch;

const std::vector<std::string>& texts() {
  static const std::vector<std::string> all = [] {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(ReferenceData::default_corpus_dir() / "reports")) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<std::string> out;
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      out.push_back(s.str());
    }
    return out;
  }();
  return all;
}

std::int64_t total_bytes() {
  std::int64_t n = 0;
  for (const auto& t : texts()) n += static_cast<std::int64_t>(t.size());
  return n;
}

// Paragraphs as the indexer sees them (segmented once, outside the timing).
const std::vector<std::string>& paragraphs() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> out;
    ParagraphSegmenter segmenter(reference_data().grades);
    for (const auto& t : texts()) {
      for (auto& p : segmenter.segment(t).paragraphs) out.push_back(std::move(p.text));
    }
    return out;
  }();
  return all;
}

std::int64_t paragraph_bytes() {
  std::int64_t n = 0;
  for (const auto& p : paragraphs()) n += static_cast<std::int64_t>(p.size());
  return n;
}

void BM_Normaliser(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& p : paragraphs()) benchmark::DoNotOptimize(normalise_for_index(p));
  }
  state.SetBytesProcessed(state.iterations() * paragraph_bytes());
}
BENCHMARK(BM_Normaliser);

void BM_CleanText(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& t : texts()) benchmark::DoNotOptimize(clean_text(t));
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_CleanText);

// Tokenizer + stemmer: what IndexWriter runs per paragraph (positions, STEM_SOME).
void BM_TermGenerator(benchmark::State& state) {
  Analyzer analyzer;
  Xapian::TermGenerator generator;
  analyzer.configure(generator);
  for (auto _ : state) {
    for (const auto& p : paragraphs()) {
      Xapian::Document doc;
      generator.set_document(doc);
      generator.index_text(p);
      benchmark::DoNotOptimize(doc.termlist_count());
    }
  }
  state.SetBytesProcessed(state.iterations() * paragraph_bytes());
}
BENCHMARK(BM_TermGenerator);

void BM_SynonymConcepts(benchmark::State& state) {
  Analyzer analyzer;
  SynonymTable table = SynonymTable::load(ReferenceData::default_stemming_dir() / "synonyms.tsv",
                                          analyzer, schema::kConcept);
  for (auto _ : state) {
    for (const auto& p : paragraphs()) benchmark::DoNotOptimize(table.concept_terms(p));
  }
  state.SetBytesProcessed(state.iterations() * paragraph_bytes());
}
BENCHMARK(BM_SynonymConcepts);

void BM_Themes(benchmark::State& state) {
  const auto& themes = reference_data().themes;
  for (auto _ : state) {
    for (const auto& p : paragraphs()) benchmark::DoNotOptimize(themes.themes_of(p));
  }
  state.SetBytesProcessed(state.iterations() * paragraph_bytes());
}
BENCHMARK(BM_Themes);

void BM_Segmenter(benchmark::State& state) {
  ParagraphSegmenter segmenter(reference_data().grades);
  for (auto _ : state) {
    for (const auto& t : texts()) benchmark::DoNotOptimize(segmenter.segment(t));
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_Segmenter);

void BM_MetadataExtraction(benchmark::State& state) {
  ParagraphSegmenter segmenter(reference_data().grades);
  std::vector<SegmentedText> segmented;
  for (const auto& t : texts()) segmented.push_back(segmenter.segment(t));
  MetadataExtractor extractor(reference_data());
  for (auto _ : state) {
    for (std::size_t i = 0; i < texts().size(); ++i) {
      benchmark::DoNotOptimize(extractor.extract(texts()[i], segmented[i]));
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_MetadataExtraction);

void BM_BuildReport(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& t : texts()) {
      SourceText source{t, "text", ""};
      benchmark::DoNotOptimize(build_report(source, "bench", Overrides{}, reference_data()));
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_BuildReport);

// Indexing cost breakdown: documents per second into a fresh on-disk glass database
// (no commit inside the timing; Xapian flushes every 10,000 documents by itself).
std::filesystem::path scratch_db(const char* name) {
  auto dir = fs::temp_directory_path() / (std::string("ofsearch-microbench-") + name);
  fs::remove_all(dir);
  return dir;
}

void add_paragraphs(benchmark::State& state, bool spelling) {
  auto dir = scratch_db(spelling ? "spelling" : "plain");
  Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
  Analyzer analyzer;
  Xapian::TermGenerator generator;
  analyzer.configure(generator);
  if (spelling) {
    generator.set_database(db);
    generator.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
  }
  std::int64_t docs = 0;
  for (auto _ : state) {
    for (const auto& p : paragraphs()) {
      Xapian::Document doc;
      generator.set_document(doc);
      generator.index_text(p);
      doc.set_data(p);
      db.add_document(doc);
      ++docs;
    }
  }
  state.SetBytesProcessed(state.iterations() * paragraph_bytes());
  state.counters["paragraphs/s"] =
      benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
  db.close();
  fs::remove_all(dir);
}

void BM_XapianAdd(benchmark::State& state) { add_paragraphs(state, false); }
BENCHMARK(BM_XapianAdd)->Unit(benchmark::kMillisecond);

void BM_XapianAddWithSpelling(benchmark::State& state) { add_paragraphs(state, true); }
BENCHMARK(BM_XapianAddWithSpelling)->Unit(benchmark::kMillisecond);

// IndexWriter::add of the bundled reports under fresh ids each time (the real add path:
// delete by report term, replace_document by unique id, JSON records, synonyms, spelling).
void BM_IndexWriterAdd(benchmark::State& state) {
  auto dir = scratch_db("writer");
  std::vector<Report> reports;
  for (const auto& t : texts()) {
    reports.push_back(build_report(SourceText{t, "text", ""}, "r", Overrides{}, reference_data()));
  }
  std::int64_t docs = 0, round = 0;
  {
    IndexWriter writer(dir, false);
    for (auto _ : state) {
      ++round;
      for (auto& r : reports) {
        r.report_id = "r" + std::to_string(round) + "-" + std::to_string(docs);
        writer.add(r);
        docs += static_cast<std::int64_t>(r.paragraphs.size());
      }
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
  state.counters["paragraphs/s"] =
      benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
  fs::remove_all(dir);
}
BENCHMARK(BM_IndexWriterAdd)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
