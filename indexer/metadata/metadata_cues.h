// The phrases the metadata extractor looks for (labels of issue and inspection
// dates, visit and focus sentences, letter salutations, container report types),
// loaded from corpus/metadata_cues.tsv, and the phrase search they are matched with.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ofsearch {

struct MetadataCues {
  std::vector<std::string> issue_date_labels;
  std::vector<std::string> inspection_date_labels;
  std::vector<std::string> visit_phrases;
  std::vector<std::string> focus_phrases;
  std::vector<std::string> salutations;
  std::vector<std::string> title_labels;
  std::vector<std::string> container_types;    // report type ids
  std::vector<std::string> focus_types;        // report type ids that state a focus
  std::vector<std::string> theme_sentences;    // may name a JTAI theme, most trusted first
  std::vector<std::string> outcome_sentences;  // lead to an Area SEND outcome
  std::vector<std::string> theme_types;        // report type ids whose theme is read
  std::vector<std::string> outcome_types;      // report type ids whose outcome is read
  std::vector<std::string> agencies_types;     // report type ids of joint inspections

  // Throws std::runtime_error naming the file on an unknown kind or unreadable file.
  static MetadataCues load(const std::filesystem::path& tsv);
};

// One shared instance from ReferenceData::default_corpus_dir(), loaded on first use.
const MetadataCues& metadata_cues();

struct CueMatch {
  std::size_t offset = 0;  // in the original text
  std::size_t length = 0;  // in the original text
};

// A text prepared for phrase search: lower-cased (ASCII), every whitespace run read
// as one space (so phrases match across line breaks), positions mapped back to the
// original. Phrases match at word boundaries; '*' in a phrase stands for up to 60
// characters, about six words ("inspection of * local authority children's services").
class CueText {
 public:
  explicit CueText(std::string_view text);

  std::optional<CueMatch> find(std::string_view phrase, std::size_t from = 0) const;
  // The first match of any of the phrases (earliest; longest at the same place).
  std::optional<CueMatch> find_any(const std::vector<std::string>& phrases,
                                   std::size_t from = 0) const;
  // Occurrences of the phrase anywhere.
  std::size_t count(std::string_view phrase) const;
  // True when the (flattened) text starts with the phrase.
  bool starts_with(std::string_view phrase) const;

 private:
  std::optional<std::pair<std::size_t, std::size_t>> find_flat(std::string_view phrase,
                                                               std::size_t from) const;
  CueMatch to_original(std::size_t begin, std::size_t end) const;

  std::string flat_;
  std::vector<std::size_t> origin_;  // original offset of each flat byte, plus the end
};

}  // namespace ofsearch
