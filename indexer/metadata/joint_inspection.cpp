#include "indexer/metadata/joint_inspection.h"

#include <algorithm>
#include <cctype>

#include "indexer/metadata/sentences.h"

namespace ofsearch {
namespace {

constexpr std::size_t kHeadChars = 8000;  // the theme, agencies and outcome are stated near the top
constexpr std::size_t kSentenceLimit = 600;     // bytes a theme or outcome sentence may run
constexpr std::size_t kSentenceLookBack = 400;  // bytes a sentence may start before its cue

std::string_view head_of(std::string_view text) { return text.substr(0, kHeadChars); }

}  // namespace

std::optional<ThemeReading> read_jtai_theme(std::string_view text, const MetadataCues& cues,
                                            const FocusAreas& themes) {
  std::string_view head = head_of(text);
  CueText cue_text(head);
  for (const auto& phrase : cues.theme_sentences) {
    for (auto m = cue_text.find(phrase); m; m = cue_text.find(phrase, m->offset + m->length)) {
      std::size_t end = sentence_end(head, m->offset, kSentenceLimit);
      // "... response to abuse and neglect in Salford. This inspection included a 'deep
      // dive' focus on ...": only the words from the cue on say what the theme is.
      std::vector<std::string> named = themes.areas_of(head.substr(m->offset, end - m->offset));
      if (named.empty()) continue;
      std::size_t begin = enclosing_sentence_start(head, m->offset, kSentenceLookBack);
      return ThemeReading{one_line(head.substr(begin, end - begin)), named.front()};
    }
  }
  return std::nullopt;
}

std::vector<std::string> read_inspectorates(std::string_view text,
                                            const FocusAreas& inspectorates) {
  std::string_view head = head_of(text);
  for (std::size_t begin = 0; begin < head.size();) {
    std::size_t end = sentence_end(head, begin, kSentenceLimit);
    if (end <= begin) end = std::min(head.size(), begin + 1);
    std::vector<std::string> named = inspectorates.areas_of(head.substr(begin, end - begin));
    if (named.size() >= 2) return named;
    begin = end;
  }
  return {};
}

std::optional<std::string> read_send_outcome(std::string_view text, const MetadataCues& cues,
                                             const FocusAreas& outcomes) {
  std::string_view head = head_of(text);
  CueText cue_text(head);
  auto m = cue_text.find_any(cues.outcome_sentences);
  if (!m) return std::nullopt;
  // The heading's own line, then the sentence under it (or the one holding the cue).
  std::size_t begin = enclosing_sentence_start(head, m->offset, kSentenceLookBack);
  std::size_t from = m->offset + m->length;
  while (from < head.size() && std::isspace(static_cast<unsigned char>(head[from]))) ++from;
  std::size_t end = sentence_end(head, from, kSentenceLimit);
  std::vector<std::string> named = outcomes.areas_of(head.substr(begin, end - begin));
  if (named.empty()) return std::nullopt;
  return named.front();
}

}  // namespace ofsearch
