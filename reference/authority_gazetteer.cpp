#include "reference/authority_gazetteer.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_set>

#include "reference/folded_words.h"
#include "reference/tsv_reader.h"
#include "stemming/strings.h"

namespace ofsearch {
namespace {

using Words = std::vector<std::string>;

Words split_words(const std::string& folded) {
  Words words;
  std::istringstream in(folded);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

bool starts_with(const Words& words, const Words& head) {
  return head.size() < words.size() && std::equal(head.begin(), head.end(), words.begin());
}

bool ends_with(const Words& words, const Words& tail) {
  return tail.size() < words.size() &&
         std::equal(tail.begin(), tail.end(), words.end() - static_cast<long>(tail.size()));
}

bool valid_slug(const std::string& slug) {
  return !slug.empty() && std::all_of(slug.begin(), slug.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::runtime_error row_error(const std::filesystem::path& file, int line, const std::string& what) {
  return std::runtime_error(file.string() + ":" + std::to_string(line) + ": " + what);
}

}  // namespace

AuthorityGazetteer AuthorityGazetteer::load(const std::filesystem::path& tsv) {
  auto dir = tsv.parent_path();
  AuthorityGazetteer g = load(tsv, dir / "other_bodies.tsv", dir / "authority_forms.tsv");
  if (std::filesystem::exists(dir / "la_codes.tsv")) g.load_codes(dir / "la_codes.tsv");
  return g;
}

void AuthorityGazetteer::load_codes(const std::filesystem::path& codes) {
  TsvTable table = read_tsv(codes);
  std::unordered_map<std::string, std::size_t> by_name;
  for (std::size_t i = 0; i < authorities_.size(); ++i) by_name[authorities_[i].name] = i;
  std::unordered_set<std::string> seen;
  for (const auto& row : table.rows) {
    auto it = by_name.find(table.cell(row, "name"));
    if (it == by_name.end())
      throw row_error(codes, row.line, "unknown authority '" + table.cell(row, "name") + "'");
    Authority& a = authorities_[it->second];
    a.la_code = table.cell(row, "la_code");
    a.ons_code = table.cell(row, "ons_code");
    if (a.la_code.empty() || !seen.insert(a.la_code).second)
      throw row_error(codes, row.line, "missing or repeated la_code '" + a.la_code + "'");
    a.neighbours = split_list(table.cell(row, "neighbours"));
    a.la_type = table.cell(row, "la_type");
    const std::string& population = table.cell(row, "population_0_25");
    if (population.find_first_not_of("0123456789") != std::string::npos)
      throw row_error(codes, row.line, "population_0_25 '" + population + "' is not a number");
    a.population_0_25 = population.empty() ? 0 : std::stol(population);
  }
}

const Authority* AuthorityGazetteer::find_by_la_code(std::string_view la_code) const {
  for (const auto& a : authorities_)
    if (!a.la_code.empty() && a.la_code == la_code) return &a;
  return nullptr;
}

AuthorityGazetteer AuthorityGazetteer::load(const std::filesystem::path& tsv,
                                            const std::filesystem::path& other_bodies,
                                            const std::filesystem::path& forms) {
  AuthorityGazetteer g;
  // The companions refine matching; without them names still match as listed.
  if (std::filesystem::exists(forms)) g.load_forms(forms);
  if (std::filesystem::exists(other_bodies)) g.load_other_bodies(other_bodies);
  g.load_authorities(tsv);
  g.derive_designations();
  g.build_trie();
  return g;
}

void AuthorityGazetteer::load_forms(const std::filesystem::path& forms) {
  TsvTable table = read_tsv(forms);
  for (const auto& row : table.rows) {
    const std::string& kind = table.cell(row, "kind");
    const std::string& phrase = table.cell(row, "phrase");
    Words words = split_words(fold_phrase(phrase));
    if (words.empty()) throw row_error(forms, row.line, "empty phrase");
    if (kind == "prefix") {
      prefixes_.push_back(words);
    } else if (kind == "suffix") {
      suffixes_.push_back(words);
    } else if (kind == "region") {
      region_names_.push_back(phrase);
    } else {
      throw row_error(forms, row.line, "kind '" + kind + "' is not prefix, suffix or region");
    }
  }
}

void AuthorityGazetteer::load_other_bodies(const std::filesystem::path& other_bodies) {
  TsvTable table = read_tsv(other_bodies);
  for (const auto& row : table.rows) {
    const std::string& position = table.cell(row, "position");
    const std::string& effect = table.cell(row, "effect");
    ContextPhrase phrase{split_words(fold_phrase(table.cell(row, "phrase"))), false};
    if (phrase.words.empty()) throw row_error(other_bodies, row.line, "empty phrase");
    if (effect != "other-body" && effect != "not-authority") {
      throw row_error(other_bodies, row.line,
                      "effect '" + effect + "' is not other-body or not-authority");
    }
    phrase.other_body = effect == "other-body";
    if (position == "before") {
      before_.push_back(phrase);
    } else if (position == "after") {
      after_.push_back(phrase);
    } else {
      throw row_error(other_bodies, row.line, "position '" + position + "' is not before or after");
    }
    for (const auto& w : fold_words(table.cell(row, "phrase"))) {
      if (!w.capitalised) connectors_.insert(w.text);
    }
  }
  // Longest first, so "University Hospitals of" is preferred to a shorter phrase.
  auto longer = [](const ContextPhrase& a, const ContextPhrase& b) {
    return a.words.size() > b.words.size();
  };
  std::stable_sort(before_.begin(), before_.end(), longer);
  std::stable_sort(after_.begin(), after_.end(), longer);
}

void AuthorityGazetteer::load_authorities(const std::filesystem::path& tsv) {
  TsvTable table = read_tsv(tsv);
  for (const char* column : {"name", "slug", "region", "aliases"}) {
    if (std::find(table.header.begin(), table.header.end(), column) == table.header.end()) {
      throw std::runtime_error(tsv.string() + ": no column '" + column + "' in the header");
    }
  }
  bool has_caution =
      std::find(table.header.begin(), table.header.end(), "caution") != table.header.end();
  for (const auto& row : table.rows) {
    Authority a;
    a.name = table.cell(row, "name");
    a.slug = table.cell(row, "slug");
    a.region = table.cell(row, "region");
    a.aliases = split_list(table.cell(row, "aliases"));
    if (a.name.empty()) throw row_error(tsv, row.line, "empty name");
    if (!valid_slug(a.slug)) {
      throw row_error(tsv, row.line,
                      "slug '" + a.slug + "' is not lower-case letters, digits, '-'");
    }
    if (a.region.empty() ||
        (!region_names_.empty() &&
         std::find(region_names_.begin(), region_names_.end(), a.region) == region_names_.end())) {
      throw row_error(tsv, row.line, "region '" + a.region + "' is not an English region");
    }
    std::string caution = has_caution ? table.cell(row, "caution") : "";
    if (caution != "" && caution != "word" && caution != "name") {
      throw row_error(tsv, row.line, "caution '" + caution + "' is not word, name or empty");
    }
    add_names(a, tsv.string() + ":" + std::to_string(row.line));
    cautions_.push_back(caution == "word"   ? Caution::Word
                        : caution == "name" ? Caution::Name
                                            : Caution::None);
    authorities_.push_back(std::move(a));
  }
  std::stable_sort(keys_.begin(), keys_.end(),
                   [](const Key& a, const Key& b) { return a.folded.size() > b.folded.size(); });
}

void AuthorityGazetteer::add_names(const Authority& a, const std::string& where) {
  std::size_t index = authorities_.size();
  std::vector<std::string> names = a.aliases;
  names.insert(names.begin(), {a.name, a.slug});
  for (const auto& n : names) {
    std::string folded = fold_phrase(n);
    if (folded.empty()) throw std::runtime_error(where + ": name '" + n + "' has no letters");
    Words words = split_words(folded);
    bool council = std::any_of(suffixes_.begin(), suffixes_.end(),
                               [&](const Words& s) { return ends_with(words, s); });
    add_key(folded, {index, council, false}, where);
    keys_.push_back({folded, index});
    // Lower-case words inside names ("upon", "with") may continue a proper name.
    for (const auto& w : fold_words(n)) {
      if (!w.capitalised && !std::isdigit(static_cast<unsigned char>(w.text[0])) && n != a.slug) {
        connectors_.insert(w.text);
      }
    }
  }
}

void AuthorityGazetteer::add_key(const std::string& folded, Entry entry, const std::string& where) {
  auto [it, inserted] = lookup_.emplace(folded, entry);
  if (inserted) {
    listed_at_[folded] = where;
    return;
  }
  if (it->second.index != entry.index) {
    throw std::runtime_error(where + ": '" + folded + "' already names " +
                             authorities_[it->second.index].name + " (" + listed_at_[folded] + ")");
  }
}

void AuthorityGazetteer::derive_designations() {
  std::unordered_set<std::string> ambiguous;
  auto derive = [&](const std::string& key, Entry entry) {
    auto [it, inserted] = lookup_.emplace(key, entry);
    if (!inserted && it->second.derived && it->second.index != entry.index) ambiguous.insert(key);
  };
  for (std::size_t index = 0; index < authorities_.size(); ++index) {
    const Authority& a = authorities_[index];
    std::vector<std::string> bases = a.aliases;
    bases.insert(bases.begin(), a.name);
    for (const auto& base : bases) {
      Words words = split_words(fold_phrase(base));
      auto designated = [&](const Words& d) {
        return starts_with(words, d) || ends_with(words, d);
      };
      if (std::any_of(prefixes_.begin(), prefixes_.end(), designated) ||
          std::any_of(suffixes_.begin(), suffixes_.end(), designated)) {
        continue;  // already dressed: "Rotherham MBC" needs no "Council"
      }
      std::string folded = join(words, " ");
      for (const auto& p : prefixes_) derive(join(p, " ") + " " + folded, {index, false, true});
      for (const auto& s : suffixes_) derive(folded + " " + join(s, " "), {index, true, true});
    }
  }
  // Two authorities dressed the same way: neither wins.
  for (const auto& key : ambiguous) lookup_.erase(key);
}

void AuthorityGazetteer::build_trie() {
  trie_.assign(1, TrieNode{});
  for (const auto& [key, entry] : lookup_) {
    std::size_t node = 0;
    for (const auto& word : split_words(key)) {
      auto it = trie_[node].next.find(word);
      if (it == trie_[node].next.end()) {
        trie_.push_back(TrieNode{});
        it = trie_[node].next.emplace(word, trie_.size() - 1).first;
      }
      node = it->second;
    }
    trie_[node].terminal = true;
    trie_[node].entry = entry;
  }
}

const Authority* AuthorityGazetteer::lookup(const Words& words) const {
  auto it = lookup_.find(join(words, " "));
  return it == lookup_.end() ? nullptr : &authorities_[it->second.index];
}

const Authority* AuthorityGazetteer::find(std::string_view name) const {
  Words words = split_words(fold_phrase(name));
  if (words.empty()) return nullptr;
  if (const Authority* a = lookup(words)) return a;
  if (words.size() > 1 && words[0] == "the") words.erase(words.begin());
  if (const Authority* a = lookup(words)) return a;
  // Both a prefix and a suffix ("City of York Council"): strip one, the map has the other.
  for (const auto& p : prefixes_) {
    if (!starts_with(words, p)) continue;
    Words rest(words.begin() + static_cast<long>(p.size()), words.end());
    if (const Authority* a = lookup(rest)) return a;
    for (const auto& s : suffixes_) {
      if (ends_with(rest, s)) {
        if (const Authority* a =
                lookup(Words(rest.begin(), rest.end() - static_cast<long>(s.size())))) {
          return a;
        }
      }
    }
  }
  for (const auto& s : suffixes_) {
    if (!ends_with(words, s)) continue;
    if (const Authority* a =
            lookup(Words(words.begin(), words.end() - static_cast<long>(s.size())))) {
      return a;
    }
  }
  return nullptr;
}

std::vector<std::string> AuthorityGazetteer::closest(std::string_view name, std::size_t n) const {
  std::string query = fold_phrase(name);
  std::vector<double> best(authorities_.size(), 1e9);
  for (const auto& key : keys_) {
    best[key.index] = std::min(best[key.index], name_distance(query, key.folded));
  }
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < best.size(); ++i) {
    if (best[i] < 0.5) order.push_back(i);  // beyond that, a suggestion is noise
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return best[a] < best[b]; });
  std::vector<std::string> names;
  for (std::size_t i = 0; i < order.size() && names.size() < n; ++i) {
    names.push_back(authorities_[order[i]].name);
  }
  return names;
}

std::vector<std::string> AuthorityGazetteer::regions() const {
  std::set<std::string> unique;
  for (const auto& a : authorities_) unique.insert(a.region);
  return {unique.begin(), unique.end()};
}

}  // namespace ofsearch
