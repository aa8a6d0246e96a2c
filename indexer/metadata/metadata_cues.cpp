#include "indexer/metadata/metadata_cues.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "reference/reference_data.h"
#include "reference/tsv_reader.h"

namespace ofsearch {
namespace {

constexpr std::size_t kWildcardSpan = 60;  // "*" covers at most this many characters

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

std::string flatten_phrase(std::string_view phrase) {
  std::string out;
  bool space = false;
  for (char c : phrase) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::vector<std::string> split_wildcards(std::string_view phrase) {
  std::vector<std::string> parts;
  std::string flat = flatten_phrase(phrase);
  std::size_t start = 0;
  while (true) {
    std::size_t star = flat.find('*', start);
    std::string part = flat.substr(start, star == std::string::npos ? star : star - start);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty()) parts.push_back(part);
    if (star == std::string::npos) break;
    start = star + 1;
  }
  return parts;
}

}  // namespace

MetadataCues MetadataCues::load(const std::filesystem::path& tsv) {
  using List = std::vector<std::string> MetadataCues::*;
  static const std::pair<std::string_view, List> kKinds[] = {
      {"issue-date-label", &MetadataCues::issue_date_labels},
      {"inspection-date-label", &MetadataCues::inspection_date_labels},
      {"visit-phrase", &MetadataCues::visit_phrases},
      {"focus", &MetadataCues::focus_phrases},
      {"salutation", &MetadataCues::salutations},
      {"title-label", &MetadataCues::title_labels},
      {"container-type", &MetadataCues::container_types},
      {"focus-type", &MetadataCues::focus_types},
      {"theme-sentence", &MetadataCues::theme_sentences},
      {"outcome-sentence", &MetadataCues::outcome_sentences},
      {"theme-type", &MetadataCues::theme_types},
      {"outcome-type", &MetadataCues::outcome_types},
      {"agencies-type", &MetadataCues::agencies_types},
  };
  return read_phrase_lists(tsv, kKinds);
}

const MetadataCues& metadata_cues() {
  static const MetadataCues cues =
      MetadataCues::load(ReferenceData::default_corpus_dir() / "metadata_cues.tsv");
  return cues;
}

CueText::CueText(std::string_view text) {
  flat_.reserve(text.size());
  origin_.reserve(text.size() + 1);
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      pending_space = !flat_.empty();
      continue;
    }
    if (pending_space) {
      flat_ += ' ';
      origin_.push_back(i - 1);
      pending_space = false;
    }
    flat_ += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    origin_.push_back(i);
  }
  origin_.push_back(text.size());
}

std::optional<std::pair<std::size_t, std::size_t>> CueText::find_flat(std::string_view phrase,
                                                                      std::size_t from) const {
  std::vector<std::string> parts = split_wildcards(phrase);
  if (parts.empty()) return std::nullopt;
  auto at_boundary = [&](std::size_t b, std::size_t e) {
    return (b == 0 || !is_word_char(flat_[b - 1])) &&
           (e >= flat_.size() || !is_word_char(flat_[e]));
  };
  for (std::size_t p = flat_.find(parts[0], from); p != std::string::npos;
       p = flat_.find(parts[0], p + 1)) {
    std::size_t end = p + parts[0].size();
    if (!at_boundary(p, end)) continue;
    bool ok = true;
    for (std::size_t k = 1; k < parts.size() && ok; ++k) {
      std::size_t q = flat_.find(parts[k], end);
      while (q != std::string::npos && q - end <= kWildcardSpan &&
             !at_boundary(q, q + parts[k].size())) {
        q = flat_.find(parts[k], q + 1);
      }
      ok = q != std::string::npos && q - end <= kWildcardSpan;
      if (ok) end = q + parts[k].size();
    }
    if (ok) return std::make_pair(p, end);
  }
  return std::nullopt;
}

CueMatch CueText::to_original(std::size_t begin, std::size_t end) const {
  std::size_t b = origin_[begin];
  std::size_t e = origin_[end - 1] + 1;
  return {b, e - b};
}

std::optional<CueMatch> CueText::find(std::string_view phrase, std::size_t from) const {
  std::size_t flat_from = static_cast<std::size_t>(
      std::lower_bound(origin_.begin(), origin_.end() - 1, from) - origin_.begin());
  auto m = find_flat(phrase, flat_from);
  if (!m) return std::nullopt;
  return to_original(m->first, m->second);
}

std::optional<CueMatch> CueText::find_any(const std::vector<std::string>& phrases,
                                          std::size_t from) const {
  std::optional<CueMatch> best;
  for (const auto& phrase : phrases) {
    auto m = find(phrase, from);
    if (m && (!best || m->offset < best->offset ||
              (m->offset == best->offset && m->length > best->length))) {
      best = m;
    }
  }
  return best;
}

std::size_t CueText::count(std::string_view phrase) const {
  std::size_t n = 0;
  for (auto m = find_flat(phrase, 0); m; m = find_flat(phrase, m->second)) ++n;
  return n;
}

bool CueText::starts_with(std::string_view phrase) const {
  auto m = find_flat(phrase, 0);
  return m && m->first == 0;
}

}  // namespace ofsearch
