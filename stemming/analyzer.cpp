#include "stemming/analyzer.h"

#include <cctype>

#include "stemming/text_normaliser.h"

namespace ofsearch {

Analyzer::Analyzer() : stemmer_("english") {}

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
