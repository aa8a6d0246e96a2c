#include "indexer/metadata/report_opening.h"

#include <algorithm>
#include <cctype>

namespace ofsearch {
namespace {

constexpr std::size_t kOpeningLines = 40;
constexpr std::size_t kOpeningChars = 3000;
constexpr std::size_t kTitleLookahead = 6;  // lines a title block may run before its label
constexpr std::size_t kShortHeadingWords = 8;
constexpr std::size_t kTitlePrefixWords = 2;      // "Ofsted focused visit"
constexpr std::size_t kAuthorityPrefixWords = 6;  // "Metropolitan Borough of Barnsley Council"
constexpr std::size_t kBodyLineWords = 24;        // titles run to ~20 words on one line
constexpr std::size_t kDateLinesAfterTitle = 3;   // a meeting or news date printed under the title
constexpr std::size_t kDateLinesWithoutTitle = 15;
constexpr std::size_t kLabelToDate = 40;   // bytes between a date label and its date
constexpr std::size_t kWeekdayChars = 11;  // "Wednesday, "

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Markdown-ish seeds print headings as "### **Focused visit to ...**".
std::string strip_markup(std::string_view line) {
  while (!line.empty() && (line.front() == '#' || line.front() == '>')) line.remove_prefix(1);
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((line[i] == '*' || line[i] == '_') && i + 1 < line.size() && line[i + 1] == line[i]) {
      ++i;
      continue;
    }
    out += line[i];
  }
  return std::string(trim(out));
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = is_space(c);
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// Running text rather than a heading: a finished sentence or a long wrapped line.
bool is_body_line(std::string_view line) {
  return (!line.empty() && line.back() == '.') || line.find(". ") != std::string_view::npos ||
         word_count(line) > kBodyLineWords;
}

bool starts_with_any(std::string_view line, const std::vector<std::string>& phrases) {
  CueText t(line);
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const std::string& p) { return t.starts_with(p); });
}

// "Inspection dates: ...", "Lead inspector: ...", "Published: ...": a short label and a colon.
bool is_label_line(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return false;
  std::string_view label = line.substr(0, colon);
  return !has_digit(label) && std::isalpha(static_cast<unsigned char>(label[0])) &&
         word_count(label) <= 5;
}

struct LabelMatch {
  std::size_t start = 0;  // where the label begins in the line
  std::size_t value = 0;  // where the labelled value begins (after any colon)
};

// A label at the start of the line ("Published 18 November 2011"), or anywhere when a
// colon follows it, as when PDF extraction joins a title and its labels into one
// paragraph ("... children board Inspection date: 2 June 2014 ... Report published: ...").
// Matches inside a span of `exclude` labels do not count ("date" in "Inspection date:").
std::optional<LabelMatch> find_label(std::string_view line, const std::vector<std::string>& labels,
                                     const std::vector<std::string>& exclude = {},
                                     bool colon_required = false) {
  CueText t(line);
  std::vector<CueMatch> excluded;
  for (const auto& e : exclude) {
    for (auto m = t.find(e); m; m = t.find(e, m->offset + m->length)) excluded.push_back(*m);
  }
  auto inside_excluded = [&](const CueMatch& m) {
    return std::any_of(excluded.begin(), excluded.end(), [&](const CueMatch& e) {
      return m.offset >= e.offset && m.offset < e.offset + e.length;
    });
  };
  std::optional<LabelMatch> best;
  for (const auto& label : labels) {
    for (auto m = t.find(label); m; m = t.find(label, m->offset + m->length)) {
      std::size_t v = m->offset + m->length;
      while (v < line.size() && is_space(line[v])) ++v;
      bool colon = v < line.size() && line[v] == ':';
      if (((m->offset != 0 || colon_required) && !colon) || inside_excluded(*m)) continue;
      if (colon) ++v;
      while (v < line.size() && (is_space(line[v]) || line[v] == '-')) ++v;
      if (!best || m->offset < best->start) best = LabelMatch{m->offset, v};
      break;
    }
  }
  return best;
}

// A title's last line may end with a footnote mark glued to its last word ("board1").
std::string drop_footnote_mark(std::string line) {
  std::size_t end = line.size();
  while (end > 0 && std::isdigit(static_cast<unsigned char>(line[end - 1]))) --end;
  if (end < line.size() && end + 2 >= line.size() && end > 0 &&
      std::isalpha(static_cast<unsigned char>(line[end - 1]))) {
    line.resize(end);
  }
  return line;
}

std::string join_lines(const std::vector<TextLine>& lines, std::size_t first, std::size_t last) {
  std::string out;
  for (std::size_t i = first; i <= last; ++i) {
    if (!out.empty()) out += ' ';
    out += drop_footnote_mark(lines[i].text);
  }
  return out;
}

class OpeningReader {
 public:
  OpeningReader(std::string_view text, const std::vector<std::string>& title_cues,
                const MetadataCues& cues, const AuthorityGazetteer& gazetteer)
      : text_(text), title_cues_(title_cues), cues_(cues), gazetteer_(gazetteer) {}

  ReportOpening read() {
    ReportOpening o;
    o.lines = first_lines(text_, kOpeningLines, kOpeningChars);
    lines_ = &o.lines;
    find_title(o);
    find_issue_date(o);
    find_addressee(o);
    o.labelled_inspection = labelled_inspection();
    std::size_t head_end =
        o.title_line ? title_last_ : std::min<std::size_t>(o.lines.size(), 3) - 1;
    for (std::size_t i = 0; i < o.lines.size() && i <= head_end; ++i)
      o.head += o.lines[i].text + "\n";
    return o;
  }

 private:
  const std::vector<TextLine>& lines() const { return *lines_; }

  // Cue: the block starts with a type cue, so labels may close a multi-line title.
  enum class TitleStart { None, Cue, Prefixed, ShortHeading };

  // What may come before a type cue on a title line: a word or two ("Ofsted focused
  // visit") or the authority's name ("Manchester City Council Re-inspection of ...").
  bool title_prefix(std::string_view prefix) const {
    std::size_t words = word_count(prefix);
    if (words <= kTitlePrefixWords) return true;
    if (words > kAuthorityPrefixWords || has_digit(prefix)) return false;
    auto mentions = gazetteer_.mentions(prefix);
    return std::any_of(mentions.begin(), mentions.end(),
                       [](const AuthorityMention& m) { return !m.other_body; });
  }

  // A title starts with a type cue ("Focused visit to ..."), perhaps after a short
  // prefix, or is a short heading naming one ("OFSTED FOCUSED VISIT").
  TitleStart starts_title(std::size_t i) const {
    const std::string& line = lines()[i].text;
    if (is_label_line(line) || is_body_line(without_labels(line))) return TitleStart::None;
    std::string joined = join_lines(lines(), i, std::min(i + kTitleLookahead, lines().size() - 1));
    CueText block(joined);
    auto cue_starts = [&](const std::string& cue) { return block.starts_with(cue); };
    if (std::any_of(title_cues_.begin(), title_cues_.end(), cue_starts)) return TitleStart::Cue;
    auto cue_after_prefix = [&](const std::string& cue) {
      auto m = block.find(cue);
      return m && m->offset < line.size() &&
             title_prefix(std::string_view(joined).substr(0, m->offset));
    };
    if (std::any_of(title_cues_.begin(), title_cues_.end(), cue_after_prefix)) {
      return TitleStart::Prefixed;
    }
    if (word_count(line) > kShortHeadingWords) return TitleStart::None;
    CueText line_text(line);
    auto named = [&](const std::string& cue) { return line_text.find(cue).has_value(); };
    return std::any_of(title_cues_.begin(), title_cues_.end(), named) ? TitleStart::ShortHeading
                                                                      : TitleStart::None;
  }

  // The block's last line: up to a label line ("Inspection dates:") printed under a
  // multi-line title, else the lines that continue it (lower-case start, dangling end).
  std::size_t title_end(std::size_t first, bool labelled) const {
    const auto& ls = lines();
    for (std::size_t k = first + 1; labelled && k < ls.size() && k <= first + kTitleLookahead;
         ++k) {
      if (is_label_line(ls[k].text)) return k - 1;
      if (is_body_line(ls[k].text) || starts_with_any(ls[k].text, cues_.salutations)) break;
    }
    std::size_t last = first;
    while (last + 1 < ls.size() && last + 1 <= first + kTitleLookahead) {
      const std::string& next = ls[last + 1].text;
      const std::string& cur = ls[last].text;
      bool lower = std::islower(static_cast<unsigned char>(next[0])) != 0;
      bool dangling = cur.back() == ',' ||
                      CueText(cur.substr(cur.rfind(' ') + 1)).starts_with("and") ||
                      CueText(cur.substr(cur.rfind(' ') + 1)).starts_with("of");
      if (is_body_line(next) || is_label_line(next) || !(lower || dangling)) break;
      ++last;
    }
    return last;
  }

  // SIF and early ILACS reports print the authority on the line(s) above the title.
  std::size_t authority_lines_above(std::size_t first) const {
    if (first == 0 || first > 2) return first;
    std::string above;
    for (std::size_t i = 0; i < first; ++i) {
      const std::string& line = lines()[i].text;
      if (has_digit(line) || is_label_line(line) || word_count(line) > 6) return first;
      above += line + " ";
    }
    auto mentions = gazetteer_.mentions(above);
    bool named = std::any_of(mentions.begin(), mentions.end(),
                             [](const AuthorityMention& m) { return !m.other_body; });
    return named ? 0 : first;
  }

  void set_title(ReportOpening& o, std::size_t first, std::size_t last, std::string title) {
    o.title = std::move(title);
    o.title_line = first;
    o.title_last = last;
    title_last_ = last;
  }

  // "Report title: Ofsted focused visit" on a committee report.
  bool labelled_title(ReportOpening& o) {
    for (std::size_t i = 0; i < o.lines.size(); ++i) {
      const std::string& line = o.lines[i].text;
      auto label = find_label(line, cues_.title_labels, {}, true);
      if (!label || label->start != 0 || label->value >= line.size()) continue;
      set_title(o, i, i, line.substr(label->value));
      return true;
    }
    return false;
  }

  // A letter's subject heading follows its salutation ("Dear Ms Godfrey").
  bool subject_after_salutation(ReportOpening& o) {
    for (std::size_t s = 0; s + 1 < o.lines.size(); ++s) {
      if (!starts_with_any(o.lines[s].text, cues_.salutations)) continue;
      const std::string& next = o.lines[s + 1].text;
      if (is_body_line(next) || is_label_line(next)) return false;
      std::size_t last = title_end(s + 1, false);
      set_title(o, s + 1, last, join_lines(o.lines, s + 1, last));
      return true;
    }
    return false;
  }

  // Date labels PDF extraction joined onto the title's paragraph are not part of it.
  std::string without_labels(std::string title) const {
    auto inspection = find_label(title, cues_.inspection_date_labels);
    auto issue = find_label(title, cues_.issue_date_labels, cues_.inspection_date_labels);
    std::size_t cut = std::min(inspection ? inspection->start : title.size(),
                               issue ? issue->start : title.size());
    if (cut == 0 || cut == title.size()) return title;
    return drop_footnote_mark(std::string(trim(std::string_view(title).substr(0, cut))));
  }

  // A prefix before the cue on a Prefixed title line names the authority
  // ("Manchester City Council Re-inspection of ..."), rather than a word or two
  // ("Ofsted focused visit", as a council's paper is headed).
  bool authority_prefix(std::size_t i) const {
    std::string joined = join_lines(lines(), i, std::min(i + kTitleLookahead, lines().size() - 1));
    CueText block(joined);
    for (const auto& cue : title_cues_) {
      auto m = block.find(cue);
      if (!m || m->offset >= lines()[i].text.size()) continue;
      auto mentions = gazetteer_.mentions(std::string_view(joined).substr(0, m->offset));
      if (std::any_of(mentions.begin(), mentions.end(),
                      [](const AuthorityMention& a) { return !a.other_body; })) {
        return true;
      }
    }
    return false;
  }

  bool salutation_before(std::size_t line) const {
    for (std::size_t s = 0; s < line; ++s) {
      if (starts_with_any(lines()[s].text, cues_.salutations)) return true;
    }
    return false;
  }

  void find_title(ReportOpening& o) {
    if (labelled_title(o)) return;
    for (std::size_t i = 0; i < o.lines.size(); ++i) {
      TitleStart start = starts_title(i);
      if (start == TitleStart::None) continue;
      std::size_t last = title_end(i, start == TitleStart::Cue);
      std::size_t first = authority_lines_above(i);
      set_title(o, first, last, without_labels(join_lines(o.lines, first, last)));
      o.title_opens =
          start == TitleStart::Cue || (start == TitleStart::Prefixed && authority_prefix(i));
      o.letter = salutation_before(i);
      return;
    }
    subject_after_salutation(o);
  }

  bool is_inspection_label(std::string_view line) const {
    return starts_with_any(line, cues_.inspection_date_labels);
  }

  // A line holding only one date (optionally after a weekday or short label), or a
  // short line starting with one ("27 June 2019 at 7pm", "12 May 2019 by J Smith").
  std::optional<std::string> date_line(std::string_view line) const {
    if (is_inspection_label(line)) return std::nullopt;
    if (auto d = parse_date(line)) return d;
    if (word_count(line) > kShortHeadingWords) return std::nullopt;
    auto dates = find_date_ranges(line);
    if (dates.empty() || dates[0].range.start != dates[0].range.end ||
        dates[0].offset > kWeekdayChars || has_digit(line.substr(0, dates[0].offset))) {
      return std::nullopt;
    }
    return dates[0].range.start;
  }

  std::optional<std::string> labelled_issue_date(const TextLine& line) const {
    auto label = find_label(line.text, cues_.issue_date_labels, cues_.inspection_date_labels);
    if (!label) return std::nullopt;
    std::string_view value = std::string_view(line.text).substr(label->value);
    auto dates = find_date_ranges(value);
    // The date comes right after the label, perhaps after a weekday ("Tuesday 12 March").
    if (dates.empty() || dates[0].range.start != dates[0].range.end ||
        dates[0].offset > kWeekdayChars || has_digit(value.substr(0, dates[0].offset))) {
      return std::nullopt;
    }
    return dates[0].range.start;
  }

  void find_issue_date(ReportOpening& o) {
    for (const auto& line : o.lines) {
      if (auto d = labelled_issue_date(line)) {
        o.issue_date = d;
        return;
      }
    }
    std::size_t limit = o.title_line ? title_last_ + kDateLinesAfterTitle : kDateLinesWithoutTitle;
    for (std::size_t i = 0; i < o.lines.size() && i <= limit; ++i) {
      if (auto d = date_line(o.lines[i].text)) {
        o.issue_date = d;
        date_line_ = i;
        return;
      }
    }
  }

  void find_addressee(ReportOpening& o) {
    for (std::size_t s = 0; s < o.lines.size(); ++s) {
      if (!starts_with_any(o.lines[s].text, cues_.salutations)) continue;
      std::size_t from = date_line_ && *date_line_ < s ? *date_line_ + 1 : (s > 8 ? s - 8 : 0);
      for (std::size_t i = from; i < s; ++i) o.addressee += o.lines[i].text + "\n";
      return;
    }
  }

  std::optional<DateRange> labelled_inspection() const {
    for (const auto& line : lines()) {
      auto label = find_label(line.text, cues_.inspection_date_labels);
      if (!label) continue;
      // The dates may wrap onto the next line; read on from the label in the text.
      std::string_view rest = text_.substr(std::min(text_.size(), line.offset + label->value), 200);
      auto ranges = find_date_ranges(rest);
      if (!ranges.empty() && ranges[0].offset <= kLabelToDate) return ranges[0].range;
    }
    return std::nullopt;
  }

  std::string_view text_;
  const std::vector<std::string>& title_cues_;
  const MetadataCues& cues_;
  const AuthorityGazetteer& gazetteer_;
  const std::vector<TextLine>* lines_ = nullptr;
  std::size_t title_last_ = 0;
  std::optional<std::size_t> date_line_;
};

}  // namespace

std::vector<TextLine> first_lines(std::string_view text, std::size_t max_lines,
                                  std::size_t max_chars) {
  std::vector<TextLine> lines;
  std::size_t chars = 0;
  std::size_t pos = 0;
  while (pos < text.size() && lines.size() < max_lines && chars < max_chars) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string clean = strip_markup(text.substr(pos, nl - pos));
    if (!clean.empty()) {
      std::size_t lead = text.substr(pos, nl - pos).find_first_not_of(" \t#>*_");
      lines.push_back({clean, pos + (lead == std::string_view::npos ? 0 : lead)});
      chars += clean.size();
    }
    pos = nl + 1;
  }
  return lines;
}

ReportOpening read_opening(std::string_view text, const std::vector<std::string>& title_cues,
                           const MetadataCues& cues, const AuthorityGazetteer& gazetteer) {
  return OpeningReader(text, title_cues, cues, gazetteer).read();
}

}  // namespace ofsearch
