#include "stemming/analyzer.h"

#include <cctype>
#include <cstdint>
#include <fstream>
#include <stdexcept>

#include "stemming/data_root.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

// Snowball English, except for the words of the table.
class FieldStemmer : public Xapian::StemImplementation {
 public:
  explicit FieldStemmer(StemExceptions exceptions)
      : english_("english"), exceptions_(std::move(exceptions)) {}
  std::string operator()(const std::string& word) override {
    auto it = exceptions_.find(word);
    return it == exceptions_.end() ? english_(word) : it->second;
  }
  std::string get_description() const override { return "english+field-exceptions"; }

 private:
  Xapian::Stem english_;
  StemExceptions exceptions_;
};

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

std::string fingerprint_of(const StemExceptions& exceptions) {
  std::uint64_t hash = 1469598103934665603ull;  // FNV-1a
  for (const auto& [word, stem] : exceptions) {
    for (unsigned char c : word + "\t" + stem + "\n") hash = (hash ^ c) * 1099511628211ull;
  }
  return std::to_string(hash);
}

}  // namespace

StemExceptions load_stem_exceptions(const std::filesystem::path& tsv) {
  std::ifstream in(tsv);
  if (!in) throw std::runtime_error(tsv.string() + ": cannot read");
  StemExceptions out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    std::string word = tab == std::string::npos ? "" : trim(line.substr(0, tab));
    std::string stem = tab == std::string::npos ? "" : trim(line.substr(tab + 1));
    if (word.empty() || stem.empty() || stem.find_first_of(" \t") != std::string::npos) {
      throw std::runtime_error(tsv.string() + ":" + std::to_string(number) +
                               ": expected word<TAB>stem");
    }
    for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out[word] = stem;
  }
  return out;
}

const StemExceptions& default_stem_exceptions() {
  static const StemExceptions exceptions =
      load_stem_exceptions(data_root() / "stemming" / "stem_exceptions.tsv");
  return exceptions;
}

Analyzer::Analyzer() : Analyzer(default_stem_exceptions()) {}

Analyzer::Analyzer(const StemExceptions& exceptions)
    : stemmer_(new FieldStemmer(exceptions)), fingerprint_(fingerprint_of(exceptions)) {}

void Analyzer::configure(Xapian::TermGenerator& generator) const {
  generator.set_stemmer(stemmer_);
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

void Analyzer::configure(Xapian::QueryParser& parser) const {
  parser.set_stemmer(stemmer_);
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
}

std::string Analyzer::stem(std::string_view word) const {
  std::string w = normalise_for_index(word);
  for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return stemmer_(w);
}

}  // namespace ofsearch
