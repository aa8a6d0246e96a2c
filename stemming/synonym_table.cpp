#include "stemming/synonym_table.h"

#include <cstdint>
#include <fstream>
#include <stdexcept>
#include "stemming/strings.h"

namespace ofsearch {
namespace {

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

}  // namespace

SynonymTable SynonymTable::load(const std::filesystem::path& tsv, const Analyzer& analyzer,
                                std::string concept_prefix) {
  std::ifstream in(tsv);
  if (!in) throw std::runtime_error(tsv.string() + ": cannot read");
  SynonymTable table(analyzer, std::move(concept_prefix));
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos) {
      throw std::runtime_error(tsv.string() + ":" + std::to_string(number) +
                               ": expected id<TAB>terms");
    }
    SynonymGroup group{trim(line.substr(0, tab)), {}};
    std::string terms = line.substr(tab + 1);
    for (std::size_t start = 0; start <= terms.size();) {
      auto bar = terms.find('|', start);
      std::string term = trim(terms.substr(start, bar == std::string::npos ? bar : bar - start));
      if (!term.empty()) group.terms.push_back(term);
      if (bar == std::string::npos) break;
      start = bar + 1;
    }
    if (group.id.empty() || group.terms.size() < 2) {
      throw std::runtime_error(tsv.string() + ":" + std::to_string(number) +
                               ": a group needs an id and two or more terms");
    }
    for (const auto& term : group.terms) table.matcher_.add(term, table.groups_.size());
    table.groups_.push_back(std::move(group));
  }
  return table;
}

std::vector<std::string> SynonymTable::concept_terms(std::string_view text) const {
  std::vector<std::string> terms;
  for (std::size_t id : matcher_.match(text)) terms.push_back(concept_prefix_ + groups_[id].id);
  return terms;
}

std::vector<std::pair<std::string, int>> SynonymTable::concept_term_counts(
    std::string_view text) const {
  std::vector<std::pair<std::string, int>> terms;
  for (const auto& [id, n] : matcher_.count(text)) {
    terms.emplace_back(concept_prefix_ + groups_[id].id, n);
  }
  return terms;
}

std::string SynonymTable::fingerprint() const {
  std::uint64_t hash = 1469598103934665603ull;  // FNV-1a
  for (const auto& group : groups_) {
    for (const auto& s : group.terms) {
      for (unsigned char c : group.id + "\t" + s + "\n") hash = (hash ^ c) * 1099511628211ull;
    }
  }
  return std::to_string(hash);
}

void SynonymTable::write_to(Xapian::WritableDatabase& db) const {
  for (auto key = db.synonym_keys_begin(); key != db.synonym_keys_end(); ++key) {
    db.clear_synonyms(*key);
  }
  for (const auto& group : groups_) {
    std::string concept_term = concept_prefix_ + group.id;
    for (const auto& term : group.terms) {
      // The QueryParser looks up the unstemmed form first, then the Z-stemmed one.
      std::vector<std::string> words = plain_words(term);
      std::vector<std::string> stems;
      for (const auto& w : words) stems.push_back("Z" + analyzer_->stemmer()(w));
      db.add_synonym(join(words, " "), concept_term);
      db.add_synonym(join(stems, " "), concept_term);
    }
  }
}

}  // namespace ofsearch
