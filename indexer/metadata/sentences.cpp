#include "indexer/metadata/sentences.h"

#include <algorithm>
#include <cctype>

#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

constexpr std::string_view kBullet = "\u2022";

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

}  // namespace

// End of the sentence starting at `from`: after its full stop, or at a blank line.
std::size_t sentence_end(std::string_view text, std::size_t from, std::size_t limit) {
  std::size_t end = std::min(text.size(), from + limit);
  for (std::size_t i = from; i < end; ++i) {
    char c = text[i];
    if (c == '.' && (i + 1 == text.size() || is_space(text[i + 1]))) {
      bool initial =
          i >= 2 && std::isupper(static_cast<unsigned char>(text[i - 1])) && text[i - 2] == ' ';
      if (!initial) return i + 1;
    }
    if (c == '\n') {
      std::size_t j = i + 1;
      while (j < text.size() && text[j] != '\n' && is_space(text[j])) ++j;
      if (j < text.size() && text[j] == '\n') return i;
    }
  }
  return character_start_at_or_before(text, end);  // a limit may fall inside a character
}

// Where the sentence holding a cue begins: "In Rutland inspectors looked at ...".
std::size_t sentence_start(std::string_view text, std::size_t cue) {
  std::size_t line_start = text.rfind('\n', cue == 0 ? 0 : cue - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::size_t stop = text.rfind(". ", cue);
  if (stop != std::string_view::npos && stop + 2 > line_start) return stop + 2;
  if (line_start == 0) return 0;
  // A wrapped line continues the previous one unless that one ended a sentence.
  std::size_t prev_end = text.find_last_not_of(" \t\r\n", line_start - 1);
  bool ended = prev_end == std::string_view::npos || text[prev_end] == '.' ||
               text[prev_end] == ':' ||
               text.substr(prev_end, line_start - prev_end).find("\n\n") != std::string_view::npos;
  return ended ? line_start : cue;
}

std::size_t enclosing_sentence_start(std::string_view text, std::size_t pos, std::size_t limit) {
  std::size_t floor = pos > limit ? pos - limit : 0;
  for (std::size_t i = pos; i > floor; --i) {
    char c = text[i - 1];
    if ((c == '.' || c == ':') && i < text.size() && is_space(text[i])) return i + 1;
    if (c == '\n') {
      std::size_t j = i - 1;
      while (j > floor && text[j - 1] != '\n' && is_space(text[j - 1])) --j;
      if (j > floor && text[j - 1] == '\n') return i;  // a blank line ends the one before
    }
  }
  return character_start_at_or_before(text, floor);
}

// The text on one line; list bullets become "; " between items.
std::string one_line(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, kBullet.size()) == kBullet) {
      i += kBullet.size() - 1;
      if (!out.empty() && std::string_view(":;,.").find(out.back()) == std::string_view::npos)
        out += ';';
      space = true;
      continue;
    }
    if (is_space(s[i])) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

}  // namespace ofsearch
