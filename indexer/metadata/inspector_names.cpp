#include "indexer/metadata/inspector_names.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <stdexcept>
#include <utility>

#include "reference/reference_data.h"
#include "reference/tsv_reader.h"

namespace ofsearch {
namespace {

constexpr std::size_t kMaxSentence = 400;  // bytes a sentence listing inspectors may run
constexpr std::size_t kMaxTeamLines = 6;   // lines a labelled team list may run over
constexpr std::size_t kSignatureGap = 8;   // lines between a sign-off and the name below it
constexpr std::size_t kMaxNameBytes = 60;
constexpr std::size_t kMinNameWords = 2, kMaxNameWords = 5;
constexpr char kItemBreak = '\x1f';

// Lower-case joining words inside a name ("Ruud van Nistelrooy").
const char* const kParticles[] = {"de",  "da",  "di", "du", "del", "der", "den",
                                  "van", "von", "le", "la", "bin", "al"};

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }
bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '\'' ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// One line of text: curly apostrophes straight, no-break spaces plain, markdown bold
// markers gone, whitespace runs (line breaks included) one space, trimmed.
std::string fold(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string_view rest = text.substr(i);
    char c = text[i];
    if (rest.substr(0, 3) == "\xE2\x80\x99" || rest.substr(0, 3) == "\xE2\x80\x98") {
      c = '\'';
      i += 2;
    } else if (rest.substr(0, 2) == "\xC2\xA0") {
      c = ' ';
      i += 1;
    } else if (rest.substr(0, 2) == "**") {
      i += 1;
      continue;
    }
    if (is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// `needle` (lower case) in `hay` (lower case) at word boundaries, from `from`.
std::size_t find_word(const std::string& hay, const std::string& needle, std::size_t from = 0) {
  for (std::size_t at = hay.find(needle, from); at != std::string::npos;
       at = hay.find(needle, at + 1)) {
    std::size_t end = at + needle.size();
    if ((at == 0 || !is_word_char(hay[at - 1])) && (end >= hay.size() || !is_word_char(hay[end])))
      return at;
  }
  return std::string::npos;
}

// Each title, wherever it stands as whole words, becomes an item break.
std::string drop_titles(std::string s, const std::vector<std::string>& titles) {
  for (const auto& title : titles) {
    std::string low = lower(s);
    for (std::size_t at; (at = find_word(low, title)) != std::string::npos;) {
      s.replace(at, title.size(), 1, kItemBreak);
      low.replace(at, title.size(), 1, kItemBreak);
    }
  }
  return s;
}

// "(HMI)", "(HMIs)": parenthesised asides become item breaks; so does the word a ')'
// closes when its '(' is lost ("Pauline Higham HMI\ndesignate), Russ Henry").
std::string drop_parentheses(std::string s) {
  for (std::size_t open; (open = s.find('(')) != std::string::npos;) {
    std::size_t close = s.find(')', open);
    s.replace(open, close == std::string::npos ? std::string::npos : close - open + 1, 1,
              kItemBreak);
  }
  for (std::size_t close; (close = s.find(')')) != std::string::npos;) {
    std::size_t word = s.rfind(' ', close);
    word = word == std::string::npos ? 0 : word + 1;
    s.replace(word, close - word + 1, 1, kItemBreak);
  }
  return s;
}

// "Thomson- Jones" (a name broken at its hyphen across lines) -> "Thomson-Jones".
std::string join_broken_hyphens(std::string s) {
  for (std::size_t at = 1; (at = s.find("- ", at)) != std::string::npos; ++at) {
    if (std::isalpha(static_cast<unsigned char>(s[at - 1])) && at + 2 < s.size() &&
        is_upper(s[at + 2]))
      s.erase(at + 1, 1);
  }
  return s;
}

std::string trim_item(std::string s) {
  auto junk = [](char c) { return is_space(c) || c == '.' || c == ':' || c == '-'; };
  while (!s.empty() && junk(s.back())) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && junk(s[b])) ++b;
  return s.substr(b);
}

bool is_particle(const std::string& word) {
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

// "J" or "J.": a middle initial.
bool is_initial(const std::string& word) {
  return is_upper(word[0]) && (word.size() == 1 || (word.size() == 2 && word[1] == '.'));
}

// A capitalised word of letters, apostrophes and hyphens ("O'Brien", "McMullen",
// "Trevelyan-Butler"), not all capitals (an acronym such as "DCS").
bool is_name_word(const std::string& word) {
  if (!is_upper(word[0]) && static_cast<unsigned char>(word[0]) < 0x80) return false;
  bool has_lower = false;
  for (char c : word) {
    if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || c == '-' ||
          static_cast<unsigned char>(c) >= 0x80))
      return false;
    has_lower = has_lower || is_lower(c) || static_cast<unsigned char>(c) >= 0x80;
  }
  return has_lower;
}

bool is_name(const std::string& item, const InspectorCues& cues) {
  if (item.size() > kMaxNameBytes) return false;
  std::vector<std::string> words;
  for (std::size_t start = 0; start < item.size();) {
    std::size_t end = item.find(' ', start);
    if (end == std::string::npos) end = item.size();
    if (end > start) words.push_back(item.substr(start, end - start));
    start = end + 1;
  }
  if (words.size() < kMinNameWords || words.size() > kMaxNameWords) return false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    bool inner = i > 0 && i + 1 < words.size();
    if (std::find(cues.not_names.begin(), cues.not_names.end(), lower(w)) != cues.not_names.end())
      return false;
    if (inner && is_particle(w)) continue;
    if (i + 1 < words.size() && is_initial(w)) continue;
    if (!is_name_word(w)) return false;
  }
  return true;
}

// The rest of a line that starts with one of `labels` ("Lead inspector: Tracey Scott"
// -> "Tracey Scott"), nullopt when it starts with none.
std::optional<std::string> after_label(const std::string& line,
                                       const std::vector<std::string>& labels) {
  const std::string low = lower(line);
  for (const auto& label : labels) {
    if (low.compare(0, label.size(), label) != 0) continue;
    if (low.size() > label.size() && low[label.size()] != ':' && low[label.size()] != ' ') continue;
    return trim_item(line.substr(label.size()));
  }
  return std::nullopt;
}

std::optional<std::size_t> next_filled(const std::vector<std::string>& lines, std::size_t from,
                                       std::size_t gap) {
  for (std::size_t i = from; i < lines.size() && i < from + gap; ++i)
    if (!lines[i].empty()) return i;
  return std::nullopt;
}

bool is_title_line(const std::string& line, const InspectorCues& cues) {
  std::string low = trim_item(lower(line));
  while (!low.empty() && (low.back() == ',' || low.back() == ';')) low.pop_back();
  return std::find(cues.titles.begin(), cues.titles.end(), low) != cues.titles.end();
}

// The name signed below a sign-off at lines[from - 1], when an inspector's title goes
// with it, on its line or the next.
std::optional<std::string> signatory(const std::vector<std::string>& lines, std::size_t from,
                                     const InspectorCues& cues) {
  auto name_line = next_filled(lines, from, kSignatureGap);
  if (!name_line) return std::nullopt;
  const std::string& line = lines[*name_line];
  std::vector<std::string> names = names_in(line, cues, true);
  if (names.size() != 1) return std::nullopt;
  bool titled = drop_titles(line, cues.titles) != line;
  if (!titled) {
    auto title_line = next_filled(lines, *name_line + 1, 2);
    titled = title_line && is_title_line(lines[*title_line], cues);
  }
  if (!titled) return std::nullopt;
  return names.front();
}

// The end of the sentence starting at `from` in folded text: after its full stop (not
// a middle initial's), or kMaxSentence bytes on.
std::size_t sentence_end(const std::string& flat, std::size_t from) {
  std::size_t limit = std::min(flat.size(), from + kMaxSentence);
  for (std::size_t i = from; i < limit; ++i) {
    if (flat[i] != '.' || (i + 1 < flat.size() && flat[i + 1] != ' ')) continue;
    bool initial = i >= 2 && is_upper(flat[i - 1]) && flat[i - 2] == ' ';
    if (!initial) return i;
  }
  return limit;
}

// The names of the first sentence listing the inspectors ("The inspectors were ...").
std::vector<std::string> sentence_names(std::string_view text, const InspectorCues& cues) {
  const std::string flat = fold(text);
  const std::string low = lower(flat);
  std::vector<std::pair<std::size_t, std::size_t>> found;  // where the names start, phrase end
  for (const auto& phrase : cues.team_sentences) {
    for (std::size_t at = find_word(low, phrase); at != std::string::npos;
         at = find_word(low, phrase, at + 1))
      found.emplace_back(at, at + phrase.size());
  }
  std::sort(found.begin(), found.end());
  for (const auto& [at, names_start] : found) {
    std::size_t end = sentence_end(flat, names_start);
    auto names = names_in(flat.substr(names_start, end - names_start), cues, true);
    if (!names.empty()) return names;
  }
  return {};
}

}  // namespace

InspectorCues InspectorCues::load(const std::filesystem::path& tsv) {
  using List = std::vector<std::string> InspectorCues::*;
  static const std::pair<std::string_view, List> kKinds[] = {
      {"lead-label", &InspectorCues::lead_labels},
      {"deputy-label", &InspectorCues::deputy_labels},
      {"team-label", &InspectorCues::team_labels},
      {"team-sentence", &InspectorCues::team_sentences},
      {"sign-off", &InspectorCues::sign_offs},
      {"title", &InspectorCues::titles},
      {"aside", &InspectorCues::asides},
      {"not-name", &InspectorCues::not_names},
  };
  InspectorCues cues = read_phrase_lists(tsv, kKinds);
  for (const auto& [kind, list] : kKinds)
    for (auto& phrase : cues.*list) phrase = lower(fold(phrase));
  // Longest first, so "deputy lead inspector" wins over "deputy lead" and "her majesty's
  // inspectors" over "her majesty's inspector".
  auto longest_first = [](const std::string& a, const std::string& b) {
    return a.size() > b.size();
  };
  for (const auto& [kind, list] : kKinds)
    std::stable_sort((cues.*list).begin(), (cues.*list).end(), longest_first);
  return cues;
}

const InspectorCues& inspector_cues() {
  static const InspectorCues cues =
      InspectorCues::load(ReferenceData::default_corpus_dir() / "inspector_cues.tsv");
  return cues;
}

std::vector<std::string> names_in(std::string_view list, const InspectorCues& cues,
                                  bool all_or_nothing) {
  std::string s = drop_titles(join_broken_hyphens(drop_parentheses(fold(list))), cues.titles);
  s = drop_titles(s, cues.asides);
  for (auto& c : s)
    if (c == ',' || c == ';' || c == '&') c = kItemBreak;
  // "Tony Theodoulou. Tracey Zimmerman": a full stop after a word (not an initial's).
  for (std::size_t at = 2; (at = s.find(". ", at)) != std::string::npos; ++at) {
    if (std::isalpha(static_cast<unsigned char>(s[at - 1])) &&
        std::isalpha(static_cast<unsigned char>(s[at - 2])))
      s[at] = kItemBreak;
  }
  for (std::size_t at; (at = find_word(s, "and")) != std::string::npos;)
    s.replace(at, 3, 1, kItemBreak);

  std::vector<std::string> names;
  for (std::size_t start = 0; start <= s.size();) {
    std::size_t end = s.find(kItemBreak, start);
    if (end == std::string::npos) end = s.size();
    std::string item = fold(trim_item(s.substr(start, end - start)));
    start = end + 1;
    if (item.empty()) continue;
    if (!is_name(item, cues)) {
      if (all_or_nothing) return {};
      break;
    }
    names.push_back(item);
  }
  return names;
}

std::vector<std::string> inspector_names(std::string_view text, const InspectorCues& cues) {
  std::vector<std::string> lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(fold(text.substr(start, end - start)));
    start = end + 1;
  }

  std::vector<std::string> leads, deputies, team;
  std::optional<std::string> signed_by;
  auto is_label = [&](const std::string& line) {
    return after_label(line, cues.lead_labels) || after_label(line, cues.deputy_labels) ||
           after_label(line, cues.team_labels);
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line.empty()) continue;
    if (auto rest = after_label(line, cues.deputy_labels)) {
      auto names = names_in(*rest, cues, true);
      deputies.insert(deputies.end(), names.begin(), names.end());
    } else if (auto rest = after_label(line, cues.lead_labels)) {
      if (rest->empty()) {  // the name on the next line
        auto next = next_filled(lines, i + 1, 2);
        if (next) rest = lines[*next];
      }
      if (leads.empty()) leads = names_in(*rest, cues, true);
    } else if (auto rest = after_label(line, cues.team_labels)) {
      std::string list = *rest;
      for (std::size_t j = i + 1; j < lines.size() && j <= i + kMaxTeamLines; ++j) {
        if (lines[j].empty() || lines[j].find(':') != std::string::npos || is_label(lines[j]))
          break;
        list += " " + lines[j];
      }
      auto names = names_in(list, cues, false);
      team.insert(team.end(), names.begin(), names.end());
    } else if (!signed_by) {
      std::string low = lower(line);
      while (!low.empty() && (low.back() == ',' || low.back() == '.')) low.pop_back();
      if (std::find(cues.sign_offs.begin(), cues.sign_offs.end(), low) != cues.sign_offs.end())
        signed_by = signatory(lines, i + 1, cues);
    }
  }
  std::vector<std::string> listed = sentence_names(text, cues);

  std::vector<std::string> out;
  auto add = [&](const std::string& name) {
    std::string key = lower(name);
    if (std::none_of(out.begin(), out.end(), [&](const auto& n) { return lower(n) == key; }))
      out.push_back(name);
  };
  if (!leads.empty()) {
    add(leads.front());
  } else if (signed_by) {
    add(*signed_by);
  }
  for (const auto* names : {&leads, &deputies})
    for (const auto& n : *names) add(n);
  if (signed_by) add(*signed_by);
  for (const auto* names : {&listed, &team})
    for (const auto& n : *names) add(n);
  return out;
}

}  // namespace ofsearch
