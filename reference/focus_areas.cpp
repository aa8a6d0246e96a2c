#include "reference/focus_areas.h"

#include <algorithm>
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

std::runtime_error row_error(const std::filesystem::path& file, int line, const std::string& what) {
  return std::runtime_error(file.string() + ":" + std::to_string(line) + ": " + what);
}

bool valid_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

struct Match {
  std::size_t begin, length, area;
};

}  // namespace

FocusAreas FocusAreas::load(const std::filesystem::path& tsv) {
  TsvTable table = read_tsv(tsv);
  FocusAreas areas;
  for (const auto& row : table.rows) {
    FocusArea area{table.cell(row, "id"), table.cell(row, "label"),
                   split_list(table.cell(row, "cues"))};
    if (!valid_id(area.id)) {
      throw row_error(tsv, row.line, "id '" + area.id + "' is not lower-case letters, digits, '-'");
    }
    if (area.label.empty() || area.cues.empty()) {
      throw row_error(tsv, row.line, "focus area " + area.id + " needs a label and cues");
    }
    if (areas.find(area.id)) {
      throw row_error(tsv, row.line, "focus area " + area.id + " is listed twice");
    }
    for (const auto& phrase : area.cues) {
      Cue cue{{}, {}, areas.areas_.size()};
      for (const auto& word : fold_words(phrase)) {
        cue.stems.push_back(analyzer().stem(word.text));
        cue.capitals.push_back(word.all_caps);
      }
      if (cue.stems.empty()) throw row_error(tsv, row.line, "cue '" + phrase + "' has no words");
      areas.by_first_stem_[cue.stems[0]].push_back(areas.cues_.size());
      areas.cues_.push_back(std::move(cue));
    }
    areas.areas_.push_back(std::move(area));
  }
  return areas;
}

std::vector<std::string> FocusAreas::areas_of(std::string_view sentence) const {
  // "... care leavers, with a particular focus on: accommodation; criminal exploitation":
  // the list details the area named before it.
  std::size_t colon = sentence.find(':');
  if (colon != std::string_view::npos) {
    std::vector<std::string> before = areas_in(sentence.substr(0, colon));
    if (!before.empty()) return before;
  }
  return areas_in(sentence);
}

std::vector<std::string> FocusAreas::areas_in(std::string_view text) const {
  std::vector<FoldedWord> words = fold_words(text);
  std::vector<std::string> stems;
  stems.reserve(words.size());
  for (const auto& w : words) stems.push_back(analyzer().stemmer()(w.text));

  auto matches = [&](const Cue& cue, std::size_t at) {
    if (at + cue.stems.size() > words.size()) return false;
    for (std::size_t k = 0; k < cue.stems.size(); ++k) {
      const FoldedWord& w = words[at + k];
      if (stems[at + k] != cue.stems[k] || (cue.capitals[k] && !w.all_caps)) return false;
      const FoldedWord* prev = k > 0 ? &words[at + k - 1] : nullptr;
      if (prev && w.begin > prev->end && breaks_phrase(text.substr(prev->end, w.begin - prev->end)))
        return false;
    }
    return true;
  };
  std::vector<Match> found;
  for (std::size_t i = 0; i < words.size(); ++i) {
    auto it = by_first_stem_.find(stems[i]);
    if (it == by_first_stem_.end()) continue;
    for (std::size_t c : it->second) {
      if (matches(cues_[c], i)) found.push_back({i, cues_[c].stems.size(), cues_[c].area});
    }
  }
  // Longest first: a cue inside or across a longer one of another area does not count.
  std::stable_sort(found.begin(), found.end(),
                   [](const Match& a, const Match& b) { return a.length > b.length; });
  std::vector<bool> taken(words.size(), false), named(areas_.size(), false);
  for (const auto& m : found) {
    if (std::any_of(taken.begin() + m.begin, taken.begin() + m.begin + m.length,
                    [](bool t) { return t; })) {
      continue;
    }
    std::fill(taken.begin() + m.begin, taken.begin() + m.begin + m.length, true);
    named[m.area] = true;
  }
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < areas_.size(); ++i) {
    if (named[i]) ids.push_back(areas_[i].id);
  }
  return ids;
}

const FocusArea* FocusAreas::find(std::string_view id) const {
  std::string key = fold_phrase(id);
  if (key.empty()) return nullptr;
  for (const auto& area : areas_) {
    if (fold_phrase(area.id) == key || fold_phrase(area.label) == key) return &area;
  }
  return nullptr;
}

}  // namespace ofsearch
