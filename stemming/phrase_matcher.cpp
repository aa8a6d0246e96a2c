#include "stemming/phrase_matcher.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "stemming/text_normaliser.h"

namespace ofsearch {

std::vector<std::string> plain_words(std::string_view text) {
  std::string normal = normalise_for_index(text);
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0)
      word.resize(word.size() - 2);
    word.erase(std::remove(word.begin(), word.end(), '\''), word.end());
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (std::size_t i = 0; i < normal.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(normal[i]);
    if (std::isalnum(c) || c >= 0x80) {
      word.push_back(static_cast<char>(std::tolower(c)));
    } else if (c == '\'' && !word.empty() && i + 1 < normal.size() &&
               std::isalnum(static_cast<unsigned char>(normal[i + 1]))) {
      word.push_back('\'');
    } else {
      flush();
    }
  }
  flush();
  return words;
}

void PhraseMatcher::add(std::string_view phrase, std::size_t id) {
  Entry entry{{}, id};
  for (const auto& w : plain_words(phrase)) entry.stems.push_back(analyzer_->stemmer()(w));
  if (entry.stems.empty()) return;
  by_first_stem_[entry.stems.front()].push_back(std::move(entry));
}

const std::string& PhraseMatcher::stem(const std::string& word) const {
  auto it = stems_.find(word);
  if (it != stems_.end()) return it->second;
  if (stems_.size() > 200000) stems_.clear();  // bound memory on pathological input
  return stems_.emplace(word, analyzer_->stemmer()(word)).first->second;
}

std::vector<std::size_t> PhraseMatcher::match(std::string_view text) const {
  std::vector<std::string> stems;
  for (const auto& w : plain_words(text)) stems.push_back(stem(w));
  std::vector<std::size_t> ids;
  for (std::size_t i = 0; i < stems.size(); ++i) {
    auto it = by_first_stem_.find(stems[i]);
    if (it == by_first_stem_.end()) continue;
    for (const auto& entry : it->second) {
      if (i + entry.stems.size() > stems.size()) continue;
      if (std::equal(entry.stems.begin(), entry.stems.end(), stems.begin() + i)) {
        ids.push_back(entry.id);
      }
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<std::pair<std::size_t, int>> PhraseMatcher::count(std::string_view text) const {
  std::vector<std::string> stems;
  for (const auto& w : plain_words(text)) stems.push_back(stem(w));
  std::map<std::size_t, std::pair<int, std::size_t>> counts;  // id -> (count, end of last match)
  for (std::size_t i = 0; i < stems.size(); ++i) {
    auto it = by_first_stem_.find(stems[i]);
    if (it == by_first_stem_.end()) continue;
    std::map<std::size_t, std::size_t> longest;  // id -> longest length starting at i
    for (const auto& entry : it->second) {
      if (i + entry.stems.size() > stems.size()) continue;
      if (std::equal(entry.stems.begin(), entry.stems.end(), stems.begin() + i)) {
        auto& len = longest[entry.id];
        len = std::max(len, entry.stems.size());
      }
    }
    for (const auto& [id, len] : longest) {
      auto& [n, end] = counts[id];
      if (n > 0 && i < end) continue;  // inside the last match of this id
      ++n;
      end = i + len;
    }
  }
  std::vector<std::pair<std::size_t, int>> out;
  for (const auto& [id, c] : counts) out.emplace_back(id, c.first);
  return out;
}

}  // namespace ofsearch
