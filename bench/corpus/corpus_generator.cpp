#include "bench/corpus/corpus_generator.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "bench/stopwatch.h"

namespace ofsearch::bench {
namespace {

namespace fs = std::filesystem;

struct TypeMix {
  const char* type;
  double weight;           // share of reports
  int min_body, max_body;  // prose paragraphs
};

// Shares and lengths close to what Ofsted and councils publish about children's services.
constexpr TypeMix kMix[] = {
    {"ilacs-inspection", 12, 55, 95}, {"focused-visit", 18, 14, 28},
    {"monitoring-visit", 14, 14, 28}, {"jtai", 5, 25, 45},
    {"slac-inspection", 10, 70, 120}, {"sif-inspection", 10, 90, 150},
    {"committee-report", 16, 15, 35}, {"news", 15, 6, 14},
};

// Standing of an authority (1 outstanding .. 4 inadequate): about 10/45/33/12 per cent.
int base_level(Rng& rng) { return 1 + static_cast<int>(rng.weighted({10, 45, 33, 12})); }

std::uint64_t report_seed(std::uint64_t seed, std::size_t index) {
  Rng mix(seed * 0x100000001B3ull + index);
  return mix.next();
}

std::string pad(std::size_t n, int width) {
  std::string s = std::to_string(n);
  return std::string(width > static_cast<int>(s.size()) ? width - s.size() : 0, '0') + s;
}

void set_dates(ReportPlan& p, Rng& rng) {
  auto [lo, hi] = type_years(p.type);
  Ymd date{rng.between(lo, hi), rng.between(1, 12), rng.between(1, 28)};
  if (date.y == 2025 && date.m > 10) date.m = rng.between(1, 10);
  const std::string& t = p.type;
  if (t == "ilacs-inspection") {
    p.visit_end = date;
    p.visit_start = date.plus_days(rng.chance(0.7) ? -11 : -4);
    p.date = date;  // ILACS reports print no issue date: the last inspection day stands for it
    return;
  }
  int length = t == "sif-inspection" ? 24 : t == "slac-inspection" ? 11 : t == "jtai" ? 4 : 1;
  int delay = t == "committee-report" || t == "news" ? rng.between(30, 90) : rng.between(20, 45);
  p.date = date;
  p.visit_end = date.plus_days(-delay);
  p.visit_start = p.visit_end.plus_days(-length);
}

}  // namespace

CorpusGenerator::CorpusGenerator(const TextPool& pool, const GeneratorData& data,
                                 const AuthorityGazetteer& authorities)
    : pool_(pool), data_(data), authorities_(authorities), shapes_(pool, data) {
  if (authorities.all().empty()) throw std::runtime_error("the gazetteer lists no authorities");
}

ReportPlan CorpusGenerator::plan(std::size_t index, Rng& rng,
                                 std::vector<std::size_t>& deck) const {
  // A shuffled deck of authorities, dealt in turn: every authority appears before any repeats.
  if (deck.empty()) {
    for (std::size_t i = 0; i < authorities_.all().size(); ++i) deck.push_back(i);
    for (std::size_t i = deck.size(); i > 1; --i) std::swap(deck[i - 1], deck[rng.below(i)]);
  }
  ReportPlan p;
  p.authority = &authorities_.all()[deck.back()];
  deck.pop_back();
  std::vector<double> weights;
  for (const auto& m : kMix) weights.push_back(m.weight);
  const TypeMix& mix = kMix[rng.weighted(weights)];
  p.type = mix.type;
  p.report_id = "r" + pad(index + 1, 7);
  p.level = p.type == "monitoring-visit" ? 4 : base_level(rng);
  p.body_paragraphs = rng.between(mix.min_body, mix.max_body);
  set_dates(p, rng);
  return p;
}

void CorpusGenerator::generate(
    std::size_t paragraphs, std::uint64_t seed,
    const std::function<void(const ReportPlan&, RenderedReport&&)>& sink) const {
  Rng rng(seed);
  std::vector<std::size_t> deck;
  std::size_t written = 0;
  for (std::size_t index = 0; written < paragraphs; ++index) {
    ReportPlan p = plan(index, rng, deck);
    Rng report_rng(report_seed(seed, index));
    RenderedReport r = shapes_.render(p, report_rng);
    written += r.truth.paragraphs.size();
    sink(p, std::move(r));
  }
}

CorpusInfo CorpusGenerator::write(std::size_t paragraphs, std::uint64_t seed,
                                  const fs::path& dir) const {
  Stopwatch start;
  fs::remove_all(dir / "reports");
  fs::remove(dir / "corpus.json");
  fs::create_directories(dir);
  CorpusInfo info;
  info.dir = dir;
  info.target = paragraphs;
  info.seed = seed;
  std::ofstream manifest(dir / "manifest.tsv");
  manifest << "id\tfile\ttype\tauthority\tdate\tparagraphs\tbytes\n";
  generate(paragraphs, seed, [&](const ReportPlan& p, RenderedReport&& r) {
    std::size_t n = info.files.size();
    fs::path rel = fs::path("reports") / pad(n / 1000, 3) / (p.report_id + ".txt");
    if (n % 1000 == 0) fs::create_directories(dir / rel.parent_path());
    std::ofstream out(dir / rel, std::ios::binary);
    out << r.text;
    if (!out) throw std::runtime_error("cannot write " + (dir / rel).string());
    CorpusFile f{p.report_id,       rel,          p.type,
                 p.authority->name, p.date.iso(), static_cast<int>(r.truth.paragraphs.size()),
                 r.text.size()};
    manifest << f.id << '\t' << f.file.string() << '\t' << f.type << '\t' << f.authority << '\t'
             << f.date << '\t' << f.paragraphs << '\t' << f.bytes << '\n';
    info.paragraphs += f.paragraphs;
    info.bytes += f.bytes;
    info.files.push_back(std::move(f));
  });
  info.pool_sources = pool_.sources.size();
  info.pool_sentences = pool_.sentences.size();
  info.pool_paragraphs = pool_.paragraphs.size();
  info.seconds = start.seconds();
  nlohmann::json j = {{"generator_version", kGeneratorVersion},
                      {"target", paragraphs},
                      {"seed", seed},
                      {"reports", info.files.size()},
                      {"paragraphs", info.paragraphs},
                      {"bytes", info.bytes},
                      {"pool",
                       {{"sources", info.pool_sources},
                        {"sentences", info.pool_sentences},
                        {"paragraphs", info.pool_paragraphs}}},
                      {"seconds", info.seconds}};
  manifest.close();
  std::ofstream(dir / "corpus.json")
      << j.dump(2) << '\n';  // written last: marks the corpus complete
  return info;
}

std::optional<CorpusInfo> existing_corpus(const fs::path& dir, std::size_t paragraphs,
                                          std::uint64_t seed) {
  std::ifstream in(dir / "corpus.json");
  if (!in) return std::nullopt;
  auto j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded() || j.value("generator_version", 0) != kGeneratorVersion ||
      j.value("target", std::size_t{0}) != paragraphs || j.value("seed", std::uint64_t{0}) != seed)
    return std::nullopt;
  CorpusInfo info;
  info.dir = dir;
  info.target = paragraphs;
  info.seed = seed;
  info.pool_sources = j["pool"].value("sources", 0);
  info.pool_sentences = j["pool"].value("sentences", 0);
  info.pool_paragraphs = j["pool"].value("paragraphs", 0);
  std::ifstream manifest(dir / "manifest.tsv");
  std::string line;
  std::getline(manifest, line);  // header
  while (std::getline(manifest, line)) {
    std::istringstream row(line);
    CorpusFile f;
    std::string file, paragraphs_s, bytes_s;
    std::getline(row, f.id, '\t');
    std::getline(row, file, '\t');
    std::getline(row, f.type, '\t');
    std::getline(row, f.authority, '\t');
    std::getline(row, f.date, '\t');
    std::getline(row, paragraphs_s, '\t');
    std::getline(row, bytes_s, '\t');
    f.file = file;
    f.paragraphs = std::stoi(paragraphs_s);
    f.bytes = std::stoull(bytes_s);
    info.paragraphs += f.paragraphs;
    info.bytes += f.bytes;
    info.files.push_back(std::move(f));
  }
  if (info.files.empty()) return std::nullopt;
  return info;
}

TextPool load_or_build_pool(const fs::path& cache, const fs::path& reports_dir,
                            const fs::path& pdf_dir, const AuthorityGazetteer& authorities) {
  if (fs::exists(cache)) return TextPool::load(cache);
  std::vector<std::string> texts, names;
  for (auto& [name, text] : read_text_files(reports_dir)) {
    names.push_back("corpus/reports/" + name);
    texts.push_back(std::move(text));
  }
  if (!pdf_dir.empty() && fs::exists(pdf_dir)) {
    std::cerr << "bench: extracting text from the PDFs under " << pdf_dir << " (once; cached in "
              << cache << ")\n";
    for (auto& [name, text] : read_pdf_files(pdf_dir, 2)) {
      names.push_back(name);
      texts.push_back(std::move(text));
    }
  }
  TextPool pool = TextPool::from_texts(texts, names, authorities);
  pool.save(cache);
  return pool;
}

}  // namespace ofsearch::bench
