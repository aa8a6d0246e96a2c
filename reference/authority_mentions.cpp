// AuthorityGazetteer::mentions: scanning a whole report for authority names, and the
// rules that tell a council from a police force, a hospital trust or a person.
#include <cctype>

#include "reference/authority_gazetteer.h"
#include "reference/folded_words.h"

namespace ofsearch {
namespace {

// How many words after a name may still belong to the same proper name
// ("Leicester Partnership NHS Trust", "Rotherham Doncaster and South Humber NHS").
constexpr std::size_t kNameRun = 6;

std::string_view gap(std::string_view text, const FoldedWord& a, const FoldedWord& b) {
  return b.begin > a.end ? text.substr(a.end, b.begin - a.end) : std::string_view();
}

// Words of one name: only spaces (one line break at most), hyphens or brackets between.
bool joined(std::string_view gap) {
  int newlines = 0;
  for (char c : gap) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\n' && ++newlines > 1) return false;
    bool blank = std::isspace(u) || u == 0xC2 || u == 0xA0;  // NBSP is C2 A0
    if (!blank && c != '-' && c != '(' && c != ')') return false;
  }
  return true;
}

// "St. Helens": a full stop after a short abbreviation does not end the name.
bool continues_name(std::string_view text, const FoldedWord& prev, const FoldedWord& next) {
  std::string_view g = gap(text, prev, next);
  if (!breaks_phrase(g)) return true;
  return prev.text.size() <= 2 && g.size() <= 2 && g[0] == '.' && (g.size() == 1 || g[1] == ' ');
}

bool phrase_at(std::string_view text, const std::vector<FoldedWord>& words, std::size_t at,
               const std::vector<std::string>& phrase) {
  if (at + phrase.size() > words.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (words[at + k].text != phrase[k]) return false;
    if (k > 0 && !joined(gap(text, words[at + k - 1], words[at + k]))) return false;
  }
  return true;
}

// A personal name: the word before is capitalised mid-sentence ("Inspector John Sutton").
bool after_capitalised_word(std::string_view text, const std::vector<FoldedWord>& words,
                            std::size_t i) {
  if (i == 0) return false;
  const FoldedWord& prev = words[i - 1];
  std::string_view g = gap(text, prev, words[i]);
  bool same_line = !g.empty() && g.find_first_not_of(" \t") == std::string_view::npos;
  return same_line && prev.capitalised && !prev.all_caps &&
         !std::isdigit(static_cast<unsigned char>(prev.text[0])) &&
         !at_sentence_start(text, prev.begin);
}

}  // namespace

const AuthorityGazetteer::ContextPhrase* AuthorityGazetteer::phrase_before(
    std::string_view text, const std::vector<FoldedWord>& words, std::size_t i) const {
  for (const auto& p : before_) {
    if (p.words.size() > i) continue;
    std::size_t at = i - p.words.size();
    if (phrase_at(text, words, at, p.words) && joined(gap(text, words[i - 1], words[i]))) {
      return &p;
    }
  }
  return nullptr;
}

const AuthorityGazetteer::ContextPhrase* AuthorityGazetteer::phrase_after(
    std::string_view text, const std::vector<FoldedWord>& words, std::size_t j,
    bool other_body) const {
  // Not-authority words must follow at once; other-body words may end a longer
  // proper name whose words are capitalised or joiners such as "and", "of".
  std::size_t reach = other_body ? kNameRun : 1;
  for (std::size_t r = j; r < words.size() && r < j + reach; ++r) {
    if (r == 0 || !joined(gap(text, words[r - 1], words[r]))) break;
    for (const auto& p : after_) {
      if (p.other_body == other_body && phrase_at(text, words, r, p.words)) return &p;
    }
    if (!words[r].capitalised && !connectors_.count(words[r].text)) break;
  }
  return nullptr;
}

bool AuthorityGazetteer::accept(std::string_view text, const std::vector<FoldedWord>& words,
                                std::size_t i, std::size_t j, const Entry& entry,
                                AuthorityMention& mention) const {
  bool single = j - i == 1;
  bool any_capital = false;
  for (std::size_t k = i; k < j; ++k) any_capital = any_capital || words[k].capitalised;
  // Names are proper nouns: "reading" in prose is not Reading.
  if (single ? !words[i].capitalised : !any_capital) return false;
  Caution caution = cautions_[entry.index];
  if (single && caution == Caution::Word && at_sentence_start(text, words[i].begin)) return false;
  if (single && caution == Caution::Name && after_capitalised_word(text, words, i)) return false;
  const ContextPhrase* before = phrase_before(text, words, i);
  if (before && !before->other_body) return false;
  if (phrase_after(text, words, j, false)) return false;
  mention.authority = &authorities_[entry.index];
  mention.offset = words[i].begin;
  mention.length = words[j - 1].end - words[i].begin;
  // A name ending in "Council" or "MBC" is the council, whatever follows it.
  mention.other_body = before || (!entry.council_form && phrase_after(text, words, j, true));
  return true;
}

std::vector<AuthorityMention> AuthorityGazetteer::mentions(std::string_view text) const {
  std::vector<FoldedWord> words = fold_words(text);
  std::vector<AuthorityMention> found;
  std::vector<bool> council;  // parallel to found: named with a council designation
  std::size_t i = 0;
  while (i < words.size()) {
    // Walk the word trie for the longest name starting at word i.
    std::size_t node = 0, end = 0;
    const Entry* best = nullptr;
    for (std::size_t j = i; j < words.size(); ++j) {
      if (j > i && !continues_name(text, words[j - 1], words[j])) break;
      auto it = trie_[node].next.find(words[j].text);
      if (it == trie_[node].next.end()) break;
      node = it->second;
      if (trie_[node].terminal) {
        best = &trie_[node].entry;
        end = j + 1;
      }
    }
    if (!best) {
      ++i;
      continue;
    }
    AuthorityMention m;
    if (accept(text, words, i, end, *best, m)) {
      found.push_back(m);
      council.push_back(best->council_form);
    }
    i = end;
  }
  // "Leicester, Leicestershire and Rutland Primary Care Trust": a name listed just
  // before another body's name shares it.
  for (std::size_t k = found.size(); k-- > 1;) {
    AuthorityMention& m = found[k - 1];
    if (m.other_body || !found[k].other_body || council[k - 1]) continue;
    std::string between;
    for (std::size_t c = m.offset + m.length; c < found[k].offset; ++c) {
      if (!std::isspace(static_cast<unsigned char>(text[c]))) between += text[c];
    }
    m.other_body = between == "," || between == "and" || between == "&" || between == ",and";
  }
  return found;
}

}  // namespace ofsearch
