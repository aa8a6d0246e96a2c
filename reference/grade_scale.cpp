#include "reference/grade_scale.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <stdexcept>

#include "reference/tsv_reader.h"
#include "stemming/strings.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

std::vector<std::string> words_of(const std::string& folded) {
  std::vector<std::string> words;
  std::istringstream in(folded);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

bool is_level(const std::string& w) { return w.size() == 1 && w[0] >= '1' && w[0] <= '4'; }

}  // namespace

GradeScale GradeScale::load(const std::filesystem::path& tsv) {
  TsvTable table = read_tsv(tsv);
  GradeScale scale;
  for (const auto& row : table.rows) {
    Grade grade{table.cell(row, "word"), std::atoi(table.cell(row, "level").c_str())};
    if (grade.word.empty() || grade.level < 1 || grade.level > 4) {
      throw std::runtime_error(tsv.string() + ":" + std::to_string(row.line) + ": bad grade row");
    }
    scale.grades_.push_back(grade);
    for (const auto& phrase : split_list(table.cell(row, "phrases"))) {
      scale.phrases_.push_back({fold_key(phrase), grade});
    }
    for (const auto& pair : split_list(table.cell(row, "plural"))) {
      std::size_t gt = pair.find('>');
      Plural p{gt == std::string::npos ? "" : pair.substr(0, gt),
               gt == std::string::npos ? "" : pair.substr(gt + 1)};
      if (p.plural.empty() || p.singular.empty()) {
        throw std::runtime_error(tsv.string() + ":" + std::to_string(row.line) + ": plural '" +
                                 pair + "' is not PLURAL>SINGULAR");
      }
      scale.plurals_.push_back(std::move(p));
    }
  }
  std::stable_sort(
      scale.phrases_.begin(), scale.phrases_.end(),
      [](const Phrase& a, const Phrase& b) { return a.folded.size() > b.folded.size(); });
  return scale;
}

std::optional<Grade> GradeScale::parse(std::string_view phrase) const {
  std::vector<std::string> words = words_of(fold_key(phrase));
  std::optional<int> level;
  // "Grade 3 (Adequate)" and "Outstanding (Grade 1)": the level may lead or trail.
  if (words.size() >= 2 && words[0] == "grade" && is_level(words[1])) {
    level = words[1][0] - '0';
    words.erase(words.begin(), words.begin() + 2);
  } else if (words.size() >= 2 && words[words.size() - 2] == "grade" && is_level(words.back())) {
    level = words.back()[0] - '0';
    words.resize(words.size() - 2);
  }
  std::string rest = join(words, " ");
  if (rest.empty()) {
    if (!level) return std::nullopt;
    for (const auto& g : grades_) {
      if (g.level == *level) return g;  // first listed word at that level
    }
    return std::nullopt;
  }
  for (const auto& p : phrases_) {
    if (p.folded == rest && (!level || p.grade.level == *level)) return p.grade;
  }
  return std::nullopt;
}

std::optional<Grade> GradeScale::parse_suffix(std::string_view text, std::string* rest) const {
  // Compare word by word from the end, so the prefix can be returned as printed.
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // [begin, end) of each word
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && !std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t b = i;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])))) ++i;
    if (i > b) spans.emplace_back(b, i);
  }
  for (const auto& p : phrases_) {
    std::vector<std::string> want = words_of(p.folded);
    if (want.size() >= spans.size()) continue;  // a bare grade is parse()'s job
    bool match = true;
    for (std::size_t k = 0; k < want.size() && match; ++k) {
      auto [b, e] = spans[spans.size() - want.size() + k];
      match = fold_key(text.substr(b, e - b)) == want[k];
    }
    if (!match) continue;
    if (rest) {
      std::size_t cut = spans[spans.size() - want.size()].first;
      std::string before(text.substr(0, cut));
      while (!before.empty() && std::string(" \t:-").find(before.back()) != std::string::npos) {
        before.pop_back();
      }
      *rest = before;
    }
    return p.grade;
  }
  return std::nullopt;
}

std::string GradeScale::singular_form(std::string_view text) const {
  std::string out(text);
  for (const auto& [plural, singular] : plurals_) {
    // The rest of the phrase as listed, then its first letter in either case.
    std::string_view rest = std::string_view(plural).substr(1);
    for (std::size_t at = out.find(rest, 1); at != std::string::npos; at = out.find(rest, at)) {
      char first = out[at - 1];
      if (std::tolower(static_cast<unsigned char>(first)) !=
          std::tolower(static_cast<unsigned char>(plural[0]))) {
        ++at;
        continue;
      }
      out.replace(at - 1, plural.size(), singular);
      out[at - 1] = first;
      at += singular.size() - 1;
    }
  }
  return out;
}

std::optional<Grade> GradeScale::parse_any_number(std::string_view phrase) const {
  if (auto g = parse(phrase)) return g;
  std::string singular = singular_form(phrase);
  if (singular != phrase) return parse(singular);
  return std::nullopt;
}

std::vector<std::string> GradeScale::words_at_level(int level) const {
  std::vector<std::string> words;
  for (const auto& g : grades_) {
    if (g.level == level) words.push_back(g.word);
  }
  return words;
}

std::optional<Grade> GradeScale::by_word(std::string_view word) const {
  std::string key = fold_key(word);
  for (const auto& g : grades_) {
    if (fold_key(g.word) == key) return g;
  }
  return parse(word);
}

}  // namespace ofsearch
