#include "indexer/segment/heading_detector.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "indexer/segment/line_classifier.h"

namespace ofsearch {
namespace {

constexpr int kMaxHeadingWords = 12;
constexpr int kMaxCapsWords = 16;
constexpr int kMaxAreaWords = 20;
constexpr std::size_t kMaxHeadingChars = 160;

using Style = SegItem::Style;

bool closes_clause(std::string_view text) {
  std::string_view s = seg::trim(text);
  if (s.empty()) return false;
  char c = s.back();
  if (c == '?') return false;  // "How good are outcomes ...?" is a heading
  return seg::ends_with_punctuation(s) || c == ']';
}

}  // namespace

std::optional<Grade> HeadingDetector::whole_grade(std::string_view text) const {
  return seg::whole_grade(grades_, text, kMaxHeadingChars);  // "... / require improvement"
}

std::optional<Grade> HeadingDetector::colon_grade(std::string_view printed, std::string* area,
                                                  bool bare) const {
  if (printed.size() > 2 * kMaxHeadingChars) return std::nullopt;
  // "... children who need help and protection require improvement": the verb form.
  const std::string verb_form = grades_.singular_form(printed);
  std::string_view text = verb_form;
  std::string head;
  auto grade = grades_.parse_suffix(text, &head);
  if (!grade || head.empty()) return std::nullopt;
  std::string_view rest = seg::trim(text.substr(head.size()));
  bool colon = !rest.empty() && rest.front() == ':';
  // "The experiences and progress of children in care is good": a verb instead of
  // the colon, and then no full stop (that would be a sentence).
  bool verb = false;
  for (std::string_view v : {" is", " are"}) {
    if (!colon && head.size() > v.size() &&
        head.compare(head.size() - v.size(), v.size(), v) == 0) {
      verb = !seg::ends_with_punctuation(text);
      if (verb) head.resize(head.size() - v.size());
    }
  }
  if (!colon && !verb && !(bare && !seg::ends_with_punctuation(text))) return std::nullopt;
  std::string_view h = seg::trim(head);
  if (!seg::starts_upper(h) || seg::count_words(h, kMaxAreaWords + 1) > kMaxAreaWords ||
      h.find(". ") != std::string_view::npos || closes_clause(h)) {
    return std::nullopt;
  }
  *area = plain_area(h);
  return grade;
}

// "The graded judgement for adoption performance is that it" -> "Adoption performance":
// the wording around a judgement's area (corpus/segmenter_cues.tsv) dropped.
std::string HeadingDetector::plain_area(std::string_view heading) const {
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < heading.size();) {
    std::size_t end = std::min(heading.find(' ', at), heading.size());
    if (end > at) words.push_back(heading.substr(at, end - at));
    at = end + 1;
  }
  auto joined = [&](std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t k = from; k < to; ++k) out += (out.empty() ? "" : " ") + std::string(words[k]);
    return out;
  };
  std::size_t first = 0, last = words.size();
  for (std::size_t n = std::min<std::size_t>(8, words.size()); n > 0; --n)
    if (cues_.equals("area_lead", seg::fold(joined(0, n)))) {
      first = n;
      break;
    }
  for (std::size_t n = std::min<std::size_t>(4, last - first); n > 0; --n)
    if (cues_.equals("area_tail", seg::fold(joined(last - n, last)))) {
      last -= n;
      break;
    }
  if (first == 0 && last == words.size()) return std::string(heading);
  std::string area = joined(first, last);
  if (area.empty()) return std::string(heading);
  area[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(area[0])));
  return area;
}

bool HeadingDetector::first_word_is_month(std::string_view text) const {
  std::string folded = seg::fold(text.substr(0, std::min<std::size_t>(text.size(), 20)));
  return cues_.is_month(folded.substr(0, folded.find(' ')));
}

// Whether the next text after line i (across blank lines and page numbers, as at a
// page break) continues it: lower case and no list item.
bool HeadingDetector::next_continues(const std::vector<seg::Line>& lines, std::size_t i) const {
  for (std::size_t j = i + 1; j < lines.size() && j < i + 8; ++j) {
    const std::string& text = lines[j].text;
    if (text.empty() || seg::is_page_number(text)) continue;
    return seg::starts_lower(text) && !seg::item_start(text);
  }
  return false;
}

std::optional<HeadingMatch> HeadingDetector::markup(std::string_view t, std::size_t i) const {
  std::string_view rest, head, tail;
  HeadingMatch m;
  m.last_line = i;
  if (int level = seg::markdown_heading_level(t, &rest)) {
    m.style = Style::markdown;
    m.level = level;
    t = rest;
  } else if (seg::is_bold_only(t, &rest)) {
    if (closes_clause(rest) || seg::count_words(rest, kMaxCapsWords + 1) > kMaxCapsWords) {
      return std::nullopt;  // an emphasised sentence, not a heading
    }
    m.style = Style::bold;
    t = rest;
  } else if (!seg::split_glued_bold(t, &head, &tail) || !whole_grade(seg::strip_markdown(tail))) {
    return std::nullopt;
  }
  // "Being healthy**Grade 1 (Outstanding)**", also inside a markdown heading.
  if (seg::split_glued_bold(t, &head, &tail)) {
    if (auto g = whole_grade(seg::strip_markdown(tail))) {
      m.grade = g;
      t = head;
      if (m.style == Style::plain) m.style = Style::bold;
    }
  }
  m.text = seg::collapse_spaces(seg::strip_markdown(t));
  if (!m.grade) {
    std::string area;
    if (auto g = colon_grade(m.text, &area)) {
      m.grade = g;
      m.text = area;
    }
  }
  if (m.text.empty()) return std::nullopt;
  return m;
}

// "The experiences and progress of children who need help and" / "protection: good".
std::optional<HeadingMatch> HeadingDetector::graded_lines(const std::vector<seg::Line>& lines,
                                                          std::size_t i) const {
  std::string joined;
  for (std::size_t k = i; k < lines.size() && k < i + 3; ++k) {
    const std::string& text = lines[k].text;
    if (text.empty() || (k > i && (lines[k].page_break || seg::item_start(text)))) break;
    if (text.size() > kMaxHeadingChars) break;
    // A wrapped heading goes on in lower case; a capital starts something else,
    // unless the line is the grade itself.
    if (k > i && !seg::starts_lower(text) && !whole_grade(text)) break;
    // "The experiences and progress of children who need help and protection" /
    // "require improvement": the grade alone on the heading's last line (SIF).
    if (k > i && !seg::ends_with_punctuation(text) && !seg::ends_with_punctuation(joined) &&
        seg::starts_upper(joined) && seg::count_words(joined, kMaxAreaWords + 1) <= kMaxAreaWords) {
      if (auto g = whole_grade(text)) return HeadingMatch{joined, g, Style::graded_area, 0, k};
    }
    joined += (joined.empty() ? "" : " ") + text;
    std::string area;
    if (auto g = colon_grade(joined, &area, numbered_next(lines, k) || stands_alone(lines, i, k))) {
      return HeadingMatch{area, g, Style::graded_area, 0, k};
    }
    if (seg::ends_sentence(text) && text.back() != ':') break;
  }
  return std::nullopt;
}

// "The Local Safeguarding Children Board requires improvement": a heading set apart
// (a blank line after it) with no figures in it ("LA Fostering 10 Nov 2011 Good" is
// a table row), so a grade ending it is the section's judgement.
bool HeadingDetector::stands_alone(const std::vector<seg::Line>& lines, std::size_t first,
                                   std::size_t last) const {
  if (last + 1 < lines.size() && !lines[last + 1].text.empty()) return false;
  for (std::size_t j = first; j <= last; ++j)
    for (char c : lines[j].text)
      if (c >= '0' && c <= '9') return false;
  return true;
}

// Whether a numbered paragraph follows line k, as under ILACS judgement headings.
bool HeadingDetector::numbered_next(const std::vector<seg::Line>& lines, std::size_t k) const {
  for (std::size_t j = k + 1; j < lines.size() && j < k + 4; ++j) {
    if (lines[j].text.empty()) continue;
    std::string number;
    auto item = seg::item_start(lines[j].text);
    return (item && !item->bullet && !item->number.empty()) ||
           seg::bare_paragraph_number(lines[j].text, &number);
  }
  return false;
}

// "What is it like to be a child or young person with special educational needs and/or" /
// "disabilities (SEND) in this area?": a heading the report types print as written
// (segmenter_cues.tsv known_heading), alone on its line or wrapped onto the next, even
// where it is too long or ends in a question mark, as no other heading may.
std::optional<HeadingMatch> HeadingDetector::known_heading(const std::vector<seg::Line>& lines,
                                                           std::size_t i) const {
  // "What needs to improve:" heads its list; the colon is not the heading's.
  auto heading = [](const std::string& printed) {
    std::string text = seg::collapse_spaces(printed);
    while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
    return text;
  };
  const std::string& text = lines[i].text;
  if (cues_.equals("known_heading", seg::fold(text))) {
    return HeadingMatch{heading(text), std::nullopt, Style::cue, 0, i};
  }
  if (i + 1 < lines.size() && !lines[i + 1].text.empty() && !lines[i + 1].page_break) {
    std::string joined = text + " " + lines[i + 1].text;
    if (cues_.equals("known_heading", seg::fold(joined))) {
      return HeadingMatch{heading(joined), std::nullopt, Style::cue, 0, i + 1};
    }
  }
  return std::nullopt;
}

std::optional<HeadingMatch> HeadingDetector::strong(const std::vector<seg::Line>& lines,
                                                    std::size_t i, bool at_start) const {
  std::string_view t = seg::trim(lines[i].raw);
  if (t.size() > 2 * kMaxHeadingChars) return std::nullopt;
  if (auto m = markup(t, i)) return m;
  // A known heading may follow a sentence on the next line, with no blank line between.
  bool after_sentence =
      i == 0 || lines[i - 1].text.empty() || seg::ends_sentence(lines[i - 1].text);
  if (at_start || after_sentence) {
    if (auto m = known_heading(lines, i)) return m;
  }
  if (!at_start) return std::nullopt;
  if (auto m = graded_lines(lines, i)) return m;
  const std::string& text = lines[i].text;
  if (text.size() > kMaxHeadingChars || seg::mostly_digits(text)) return std::nullopt;
  std::string_view title;
  int depth = 0;
  if (seg::numbered_title(text, &title, &depth) && !first_word_is_month(title) &&
      !closes_clause(title) && !next_continues(lines, i)) {
    bool caps =
        seg::is_all_caps(title) && seg::count_words(title, kMaxCapsWords + 1) <= kMaxCapsWords;
    // "5 Source: DfE Schools, pupils and their characteristics" is a footnote: a
    // numbered title is not a field ("Label: value"), as a short heading line is not.
    bool plain = depth == 1 && seg::count_words(title, 11) <= 10 &&
                 title.find(": ") == std::string_view::npos;
    if (caps || plain) return HeadingMatch{text, std::nullopt, Style::numbered, depth, i};
  }
  // "Section 2: The effectiveness of the local safeguarding children board": a part's
  // numbered title, or "What the inspection judgements mean: the LSCB", whose colon
  // would otherwise make it read as a field.
  // "The Local Safeguarding Children Board is good.": a judgement of its own stated
  // in a sentence set apart, which heads that judgement's section.
  if (!text.empty() && text.back() == '.' && stands_alone(lines, i, i) &&
      seg::count_words(text, 13) <= 12) {
    std::string area;
    auto g = colon_grade(std::string_view(text).substr(0, text.size() - 1), &area, true);
    if (g && cues_.value_in("own_judgement", seg::fold(area))) {
      return HeadingMatch{area, g, Style::graded_area, 0, i};
    }
  }
  std::string folded = seg::fold(text);
  if ((cues_.starts_with("part_prefix", folded) || cues_.starts_with("key_heading", folded)) &&
      !closes_clause(text) && seg::count_words(text, kMaxCapsWords + 1) <= kMaxCapsWords &&
      !next_continues(lines, i)) {
    return HeadingMatch{text, std::nullopt, Style::cue, 0, i};
  }
  if (seg::is_all_caps(text) && seg::count_words(text, kMaxCapsWords + 1) <= kMaxCapsWords &&
      !closes_clause(text) && !seg::item_start(text)) {
    return HeadingMatch{text, std::nullopt, Style::caps, 0, i};
  }
  return std::nullopt;
}

std::optional<Judgement> HeadingDetector::grade_inside(std::string_view line) const {
  if (seg::count_words(line, 31) > 30) return std::nullopt;
  std::vector<std::string> words;
  std::istringstream in{std::string(line)};
  for (std::string w; in >> w;) words.push_back(w);
  for (std::size_t start = 1; start < words.size(); ++start) {
    std::string phrase;
    for (std::size_t n = 1; n <= 4 && start + n <= words.size(); ++n) {
      const std::string& w = words[start + n - 1];
      if (!std::isupper(static_cast<unsigned char>(w[0]))) break;
      phrase += (n > 1 ? " " : "") + w;
      auto g = whole_grade(phrase);
      if (!g || start + n == words.size() || !seg::starts_lower(words[start + n])) continue;
      std::string area;
      for (std::size_t k = 0; k < words.size(); ++k)
        if (k < start || k >= start + n) area += (area.empty() ? "" : " ") + words[k];
      return Judgement{area, *g, ""};
    }
  }
  return std::nullopt;
}

bool HeadingDetector::short_line(const std::vector<seg::Line>& lines, std::size_t i) const {
  const std::string& text = lines[i].text;
  if (text.size() > 100 || !seg::starts_upper(text) || closes_clause(text)) return false;
  if (text[0] == '(') return false;  // "(Outcome 4, national framework)" ends a bullet
  if (seg::count_words(text, kMaxHeadingWords + 1) > kMaxHeadingWords) return false;
  if (seg::mostly_digits(text) || first_word_is_month(text)) return false;
  std::size_t colon = text.find(": ");
  if (colon != std::string::npos) return false;  // "Age group: All" is a field, not a heading
  if (next_continues(lines, i)) return false;
  // In hard-wrapped text a full-width line followed by more text is prose.
  bool followed = i + 1 < lines.size() && !lines[i + 1].text.empty();
  if (wrap_width_ > 0 && followed && text.size() >= 0.7 * wrap_width_ &&
      !seg::item_start(lines[i + 1].text)) {
    return false;
  }
  return true;
}

}  // namespace ofsearch
