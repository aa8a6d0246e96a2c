#include "stemming/stop_words.h"

#include <cctype>
#include <fstream>
#include <stdexcept>

#include "stemming/data_root.h"

namespace ofsearch {
namespace {

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// Lower case, apostrophes (straight or curly) dropped, as the index writes words.
std::string as_indexed(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '\'') continue;
    if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
      i += 2;
      continue;
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  }
  return out;
}

}  // namespace

StopWords StopWords::load(const std::filesystem::path& tsv, const Analyzer& analyzer) {
  std::ifstream in(tsv);
  if (!in) throw std::runtime_error(tsv.string() + ": cannot read");
  StopWords out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    if (line.find_first_of(" \t") != std::string::npos) {
      throw std::runtime_error(tsv.string() + ":" + std::to_string(number) +
                               ": expected one word a line");
    }
    std::string word = as_indexed(line);
    out.words_.insert(word);
    out.stems_.insert(analyzer.stem(word));
  }
  return out;
}

bool StopWords::is_stop_word(std::string_view word) const {
  return words_.count(as_indexed(word)) > 0;
}

const StopWords& default_stop_words() {
  static const StopWords words =
      StopWords::load(data_root() / "stemming" / "stop_words.tsv", Analyzer());
  return words;
}

}  // namespace ofsearch
