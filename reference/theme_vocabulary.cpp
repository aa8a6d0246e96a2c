#include "reference/theme_vocabulary.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "reference/folded_words.h"
#include "reference/tsv_reader.h"
#include "stemming/analyzer.h"

namespace ofsearch {
namespace {

// Xapian's stemmer keeps state while it works, so each thread has its own.
const Analyzer& analyzer() {
  thread_local const Analyzer instance;
  return instance;
}

bool valid_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::runtime_error row_error(const std::filesystem::path& file, int line, const std::string& what) {
  return std::runtime_error(file.string() + ":" + std::to_string(line) + ": " + what);
}

}  // namespace

ThemeVocabulary ThemeVocabulary::load(const std::filesystem::path& tsv) {
  TsvTable table = read_tsv(tsv);
  ThemeVocabulary vocabulary;
  for (const auto& row : table.rows) {
    Theme theme{table.cell(row, "id"), table.cell(row, "label"),
                split_list(table.cell(row, "triggers"))};
    if (!valid_id(theme.id)) {
      throw row_error(tsv, row.line,
                      "id '" + theme.id + "' is not lower-case letters, digits, '-'");
    }
    if (theme.label.empty()) throw row_error(tsv, row.line, "theme " + theme.id + " has no label");
    if (theme.triggers.empty()) {
      throw row_error(tsv, row.line, "theme " + theme.id + " has no triggers");
    }
    if (vocabulary.find(theme.id)) {
      throw row_error(tsv, row.line, "theme " + theme.id + " is listed twice");
    }
    std::size_t index = vocabulary.themes_.size();
    for (const auto& phrase : theme.triggers) {
      Trigger trigger{{}, index, {}, {}};
      std::istringstream tokens(phrase);
      for (std::string token; tokens >> token;) {
        bool exact = token[0] == '=';
        for (const auto& word : fold_words(exact ? token.substr(1) : token)) {
          trigger.stems.push_back(analyzer().stem(word.text));
          trigger.capitals.push_back(word.all_caps);
          trigger.exact.push_back(exact ? word.text : "");
        }
      }
      if (trigger.stems.empty()) {
        throw row_error(tsv, row.line, "trigger '" + phrase + "' has no words");
      }
      vocabulary.by_first_stem_[trigger.stems[0]].push_back(vocabulary.triggers_.size());
      vocabulary.triggers_.push_back(std::move(trigger));
    }
    vocabulary.themes_.push_back(std::move(theme));
  }
  return vocabulary;
}

std::vector<std::string> ThemeVocabulary::themes_of(std::string_view text) const {
  std::vector<FoldedWord> words = fold_words(text);
  std::vector<std::string> stems;
  stems.reserve(words.size());
  for (const auto& w : words) stems.push_back(analyzer().stemmer()(w.text));

  auto matches = [&](const Trigger& t, std::size_t at) {
    if (at + t.stems.size() > words.size()) return false;
    for (std::size_t k = 0; k < t.stems.size(); ++k) {
      const FoldedWord& w = words[at + k];
      if (stems[at + k] != t.stems[k] || (t.capitals[k] && !w.all_caps)) return false;
      if (!t.exact[k].empty() && w.text != t.exact[k]) return false;
      if (k > 0) {
        const FoldedWord& prev = words[at + k - 1];
        if (w.begin > prev.end && breaks_phrase(text.substr(prev.end, w.begin - prev.end))) {
          return false;
        }
      }
    }
    return true;
  };
  std::vector<bool> seen(themes_.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    auto it = by_first_stem_.find(stems[i]);
    if (it == by_first_stem_.end()) continue;
    for (std::size_t t : it->second) {
      if (!seen[triggers_[t].theme] && matches(triggers_[t], i)) seen[triggers_[t].theme] = true;
    }
  }
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < themes_.size(); ++i) {
    if (seen[i]) ids.push_back(themes_[i].id);
  }
  return ids;
}

const Theme* ThemeVocabulary::find(std::string_view id) const {
  std::string key = fold_phrase(id);
  if (key.empty()) return nullptr;
  for (const auto& theme : themes_) {
    if (fold_phrase(theme.id) == key || fold_phrase(theme.label) == key) return &theme;
  }
  return nullptr;
}

std::vector<std::string> ThemeVocabulary::closest(std::string_view id, std::size_t n) const {
  std::string query = fold_phrase(id);
  std::vector<std::pair<double, std::size_t>> scored;
  for (std::size_t i = 0; i < themes_.size(); ++i) {
    double d = std::min(name_distance(query, fold_phrase(themes_[i].id)),
                        name_distance(query, fold_phrase(themes_[i].label)));
    if (d < 0.5) scored.emplace_back(d, i);  // beyond that, a suggestion is noise
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> ids;
  for (std::size_t k = 0; k < scored.size() && ids.size() < n; ++k) {
    ids.push_back(themes_[scored[k].second].id);
  }
  return ids;
}

}  // namespace ofsearch
