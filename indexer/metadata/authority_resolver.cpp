#include "indexer/metadata/authority_resolver.h"

#include <cctype>
#include <map>
#include <string>

namespace ofsearch {
namespace {

const Authority* first_mentioned(const AuthorityGazetteer& gazetteer, std::string_view text) {
  if (text.empty()) return nullptr;
  for (const auto& m : gazetteer.mentions(text)) {
    if (!m.other_body && m.authority) return m.authority;
  }
  return nullptr;
}

// "dgodfrey@rutland.gov.uk", "www.rutland.gov.uk": the label before ".gov.uk".
const Authority* by_domain(const AuthorityGazetteer& gazetteer, std::string_view text) {
  static constexpr std::string_view kSuffix = ".gov.uk";
  for (std::size_t p = text.find(kSuffix); p != std::string_view::npos;
       p = text.find(kSuffix, p + 1)) {
    std::size_t b = p;
    while (b > 0 && (std::isalnum(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '-'))
      --b;
    if (b == p) continue;
    if (const Authority* a = gazetteer.find(text.substr(b, p - b))) return a;
  }
  return nullptr;
}

// Most mentions wins; a tie goes to the one mentioned first.
const Authority* most_mentioned(const AuthorityGazetteer& gazetteer, std::string_view text) {
  std::map<const Authority*, std::pair<int, std::size_t>> counts;  // count, first offset
  for (const auto& m : gazetteer.mentions(text)) {
    if (m.other_body || !m.authority) continue;
    auto [it, fresh] = counts.try_emplace(m.authority, 0, m.offset);
    ++it->second.first;
  }
  const Authority* best = nullptr;
  std::pair<int, std::size_t> best_key{0, 0};
  for (const auto& [authority, key] : counts) {
    if (!best || key.first > best_key.first ||
        (key.first == best_key.first && key.second < best_key.second)) {
      best = authority;
      best_key = key;
    }
  }
  return best;
}

}  // namespace

const Authority* resolve_authority(const AuthorityGazetteer& gazetteer,
                                   const AuthorityEvidence& evidence) {
  if (const Authority* a = first_mentioned(gazetteer, evidence.title)) return a;
  if (const Authority* a = first_mentioned(gazetteer, evidence.subject)) return a;
  if (const Authority* a = first_mentioned(gazetteer, evidence.addressee)) return a;
  if (const Authority* a = by_domain(gazetteer, evidence.opening)) return a;
  return most_mentioned(gazetteer, evidence.text);
}

}  // namespace ofsearch
