#include "indexer/segment/segmenter_cues.h"

#include <cstdlib>
#include <stdexcept>

#include "reference/reference_data.h"
#include "reference/tsv_reader.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

using Match = BoilerplateRule::Match;

Match match_of(const std::string& name, const std::filesystem::path& file, int line) {
  static const std::map<std::string, Match, std::less<>> kMatches = {
      {"prefix", Match::prefix},
      {"contains", Match::contains},
      {"equals", Match::equals},
      {"raw_prefix", Match::raw_prefix},
      {"raw_contains", Match::raw_contains},
      {"raw_suffix", Match::raw_suffix}};
  auto it = kMatches.find(name);
  if (it == kMatches.end()) {
    throw std::runtime_error(file.string() + ":" + std::to_string(line) + ": unknown match '" +
                             name + "'");
  }
  return it->second;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Whole-word prefix / containment on folded text (words separated by one space).
bool word_prefix(std::string_view folded, std::string_view phrase) {
  if (phrase.empty() || folded.size() < phrase.size()) return false;
  if (folded.compare(0, phrase.size(), phrase) != 0) return false;
  return folded.size() == phrase.size() || folded[phrase.size()] == ' ';
}

bool word_contains(std::string_view folded, std::string_view phrase) {
  if (phrase.empty()) return false;
  for (std::size_t at = folded.find(phrase); at != std::string_view::npos;
       at = folded.find(phrase, at + 1)) {
    bool left = at == 0 || folded[at - 1] == ' ';
    std::size_t end = at + phrase.size();
    bool right = end == folded.size() || folded[end] == ' ';
    if (left && right) return true;
  }
  return false;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool rule_matches(const BoilerplateRule& r, std::string_view lower, std::string_view folded) {
  switch (r.match) {
    case Match::prefix:
      return word_prefix(folded, r.phrase);
    case Match::contains:
      return word_contains(folded, r.phrase);
    case Match::equals:
      return folded == r.phrase;
    case Match::raw_prefix:
      return lower.compare(0, r.phrase.size(), r.phrase) == 0;
    case Match::raw_contains:
      return lower.find(r.phrase) != std::string_view::npos;
    case Match::raw_suffix:
      return ends_with(lower, r.phrase);
  }
  return false;
}

}  // namespace

SegmenterCues SegmenterCues::load(const std::filesystem::path& corpus_dir) {
  SegmenterCues cues;
  auto bp_file = corpus_dir / "boilerplate.tsv";
  TsvTable bp = read_tsv(bp_file);
  for (const auto& row : bp.rows) {
    BoilerplateRule rule;
    auto kind = boilerplate_kind_named(bp.cell(row, "kind"));
    if (!kind) {
      throw std::runtime_error(bp_file.string() + ":" + std::to_string(row.line) +
                               ": unknown kind '" + bp.cell(row, "kind") + "'");
    }
    rule.kind = *kind;
    rule.match = match_of(bp.cell(row, "match"), bp_file, row.line);
    rule.max_words = std::atoi(bp.cell(row, "max_words").c_str());
    const std::string& phrase = bp.cell(row, "phrase");
    bool raw = rule.match == Match::raw_prefix || rule.match == Match::raw_contains ||
               rule.match == Match::raw_suffix;
    rule.phrase = raw ? lower_ascii(phrase) : fold_key(phrase);
    if (rule.phrase.empty()) {
      throw std::runtime_error(bp_file.string() + ":" + std::to_string(row.line) +
                               ": empty phrase");
    }
    cues.rules_.push_back(std::move(rule));
  }
  auto cue_file = corpus_dir / "segmenter_cues.tsv";
  TsvTable table = read_tsv(cue_file);
  for (const auto& row : table.rows) {
    const std::string& kind = table.cell(row, "kind");
    std::string phrase = fold_key(table.cell(row, "phrase"));
    if (kind.empty() || phrase.empty()) {
      throw std::runtime_error(cue_file.string() + ":" + std::to_string(row.line) +
                               ": empty kind or phrase");
    }
    if (kind == "function_word") {
      cues.function_words_.insert(phrase);
    } else {
      cues.cues_[kind].emplace_back(phrase, table.cell(row, "value"));
    }
  }
  cues.date_words_ = DateWords::load(corpus_dir / "date_words.tsv");
  return cues;
}

const SegmenterCues& SegmenterCues::defaults() {
  static const SegmenterCues cues = load(ReferenceData::default_corpus_dir());
  return cues;
}

std::optional<BoilerplateKind> SegmenterCues::boilerplate_kind(std::string_view text,
                                                               std::string_view folded,
                                                               int words) const {
  std::string lower = lower_ascii(text);
  for (const auto& r : rules_) {
    if (r.max_words > 0 && words > r.max_words) continue;
    if (rule_matches(r, lower, folded)) return r.kind;
  }
  return std::nullopt;
}

bool SegmenterCues::ends_with_salutation(std::string_view folded) const {
  constexpr int kMaxNameWords = 4;
  for (const auto& r : rules_) {
    if (r.kind != BoilerplateKind::salutation || r.match != Match::prefix) continue;
    std::string needle = " " + r.phrase + " ";
    std::size_t at = folded.rfind(needle);
    if (at == std::string_view::npos) continue;
    std::string_view name = folded.substr(at + needle.size());
    int words = 1;
    for (char c : name) words += c == ' ';
    if (words <= kMaxNameWords) return true;
  }
  return false;
}

bool SegmenterCues::equals(std::string_view kind, std::string_view folded) const {
  auto it = cues_.find(kind);
  if (it == cues_.end()) return false;
  for (const auto& [phrase, value] : it->second) {
    if (phrase == folded) return true;
  }
  return false;
}

bool SegmenterCues::starts_with(std::string_view kind, std::string_view folded) const {
  auto it = cues_.find(kind);
  if (it == cues_.end()) return false;
  for (const auto& [phrase, value] : it->second) {
    if (word_prefix(folded, phrase)) return true;
  }
  return false;
}

std::optional<std::string> SegmenterCues::value_in(std::string_view kind,
                                                   std::string_view folded) const {
  auto it = cues_.find(kind);
  if (it == cues_.end()) return std::nullopt;
  for (const auto& [phrase, value] : it->second) {
    if (word_prefix(folded, phrase) || word_contains(folded, phrase)) return value;
  }
  return std::nullopt;
}

bool SegmenterCues::is_function_word(std::string_view w) const {
  return function_words_.count(w) > 0;
}

bool SegmenterCues::is_month(std::string_view w) const { return date_words_.is_month(w); }

}  // namespace ofsearch
