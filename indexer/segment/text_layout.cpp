#include "indexer/segment/text_layout.h"

#include <algorithm>
#include <unordered_map>

#include "indexer/segment/line_classifier.h"

namespace ofsearch {
namespace {

constexpr std::size_t kMaxRuleChars = 2000;
constexpr double kWrappedMaxWidth = 120;       // PDF text lines are shorter than this
constexpr std::size_t kLetterHeadLines = 120;  // a salutation comes within the first lines

std::vector<seg::Line> split_lines(std::string_view text) {
  std::vector<seg::Line> lines;
  bool page_break = false;
  int page = 1;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    bool end = i == text.size();
    char c = end ? '\n' : text[i];
    if (c != '\n' && c != '\f') continue;
    std::string_view raw = text.substr(start, i - start);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (!(end && raw.empty() && start > 0)) {
      seg::Line line;
      line.raw = raw;
      line.text = seg::collapse_spaces(seg::strip_markdown(raw));
      line.page_break = page_break;
      line.page = page;
      lines.push_back(std::move(line));
    }
    page_break = c == '\f';
    if (page_break) ++page;
    start = i + 1;
  }
  return lines;
}

// PDF text is hard-wrapped at a page width; markdown and HTML text has long lines.
double wrap_width(const std::vector<seg::Line>& lines) {
  std::vector<std::size_t> lengths;
  for (const auto& l : lines) {
    if (!l.text.empty()) lengths.push_back(l.text.size());
  }
  if (lengths.size() < 5) return 0;
  auto at = lengths.begin() + static_cast<long>(lengths.size() * 9 / 10);
  std::nth_element(lengths.begin(), at, lengths.end());
  double p90 = static_cast<double>(*at);
  return p90 <= kWrappedMaxWidth ? p90 : 0;
}

// Lines printed on many pages: repeated often, and (when pages are known) on a
// good share of the pages.
std::unordered_set<std::string> running_lines(const std::vector<seg::Line>& lines) {
  std::unordered_map<std::string, int> counts;
  int pages = 1;
  for (const auto& l : lines) {
    if (l.page_break) ++pages;
    if (l.text.size() >= 8 && l.text.size() <= 100 && !seg::item_start(l.text)) ++counts[l.text];
  }
  int threshold = pages >= 4 ? std::max(3, pages / 3) : 5;
  std::unordered_set<std::string> out;
  for (const auto& [text, n] : counts) {
    if (n >= threshold && !seg::ends_sentence(text)) out.insert(text);
  }
  return out;
}

bool contents_entry(std::string_view raw) {
  std::string_view r = seg::trim(raw);
  std::size_t e = r.size();
  while (e > 0 && r[e - 1] >= '0' && r[e - 1] <= '9') --e;
  if (e == r.size() || r.size() - e > 3 || e == 0) return false;
  std::string_view head = r.substr(0, e);
  // Under a contents heading the number may follow a tab, dot leaders, a space or
  // (text extractors drop the tab) sit right after "improve?".
  char sep = head.back();
  bool separated = sep == '\t' || sep == '.' || sep == ' ' || sep == '?' || sep == ')';
  std::string_view title = seg::trim(head);
  while (!title.empty() && title.back() == '.') title.remove_suffix(1);
  title = seg::trim(title);
  if (title.empty() || !seg::starts_upper(title)) return false;
  return separated && seg::count_words(title, 16) <= 15 &&
         (title.back() == '?' || !seg::ends_with_punctuation(title));
}

bool contents_title(std::string_view text) {
  if (text.empty() || text.size() > 120 || seg::count_words(text, 16) > 15) return false;
  std::string_view s = seg::trim(text);
  return s.back() == '?' || !seg::ends_with_punctuation(s);
}

}  // namespace

std::optional<BoilerplateKind> line_boilerplate(const seg::Line& line, const SegmenterCues& cues) {
  if (line.text.empty() || line.text.size() > kMaxRuleChars) return std::nullopt;
  return cues.boilerplate_kind(line.text, seg::fold(line.text), seg::count_words(line.text, 400));
}

TextLayout analyse_layout(std::string_view text, const SegmenterCues& cues) {
  TextLayout layout;
  layout.lines = split_lines(text);
  layout.wrap_width = wrap_width(layout.lines);
  layout.running_lines = running_lines(layout.lines);
  const auto& lines = layout.lines;
  std::size_t head_limit = std::min(
      lines.size(), std::max<std::size_t>(kLetterHeadLines / 4,
                                          std::min(kLetterHeadLines, lines.size() * 2 / 5)));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].text.empty() || lines[i].text.size() > 200) continue;
    auto kind = line_boilerplate(lines[i], cues);
    if (!kind && i < head_limit && layout.salutation == TextLayout::npos &&
        cues.ends_with_salutation(seg::fold(lines[i].text))) {
      kind = BoilerplateKind::salutation;
    }
    if (!kind) continue;
    if (*kind == BoilerplateKind::salutation && layout.salutation == TextLayout::npos &&
        i < head_limit) {
      layout.salutation = i;
    } else if (*kind == BoilerplateKind::signoff && layout.signoff == TextLayout::npos) {
      layout.signoff = i;
    }
  }
  if (layout.signoff != TextLayout::npos && layout.salutation != TextLayout::npos &&
      layout.signoff < layout.salutation) {
    layout.signoff = TextLayout::npos;
  }
  return layout;
}

// "Contents", or the heading glued to the first entry: "Contents Section 1: the local authority
// 3".
bool is_contents_heading(const seg::Line& line, const SegmenterCues& cues) {
  if (line.text.size() > 160) return false;
  std::string folded = seg::fold(line.text);
  return cues.equals("contents", folded) ||
         (cues.starts_with("contents", folded) && contents_entry(line.raw));
}

// Entries end in a page number (after a tab, dots or a wide gap) or are followed,
// within three lines, by the page number on a line of its own (pdftotext).
std::size_t contents_end(const std::vector<seg::Line>& lines, std::size_t heading) {
  std::size_t end = heading + 1;
  std::size_t i = heading + 1;
  while (i < lines.size()) {
    if (lines[i].text.empty()) {
      ++i;
      continue;
    }
    if (contents_entry(lines[i].raw) || seg::is_page_number(lines[i].text)) {
      end = ++i;
      continue;
    }
    if (!contents_title(lines[i].text)) break;
    std::size_t j = i + 1;
    int titles = 1;
    bool found = false;
    for (; j < lines.size() && titles <= 3; ++j) {
      if (lines[j].text.empty()) continue;
      if (contents_entry(lines[j].raw) || seg::is_page_number(lines[j].text)) {
        found = true;
        break;
      }
      if (!contents_title(lines[j].text)) break;
      ++titles;
    }
    if (!found) break;
    end = i = j + 1;
  }
  return end;
}

bool is_details_heading(const seg::Line& line, const SegmenterCues& cues) {
  return line.text.size() < 80 && cues.equals("details_heading", seg::fold(line.text));
}

std::size_t details_end(const std::vector<seg::Line>& lines, std::size_t heading,
                        const SegmenterCues& cues) {
  for (std::size_t i = heading + 1; i < lines.size(); ++i) {
    if (lines[i].text.empty() || lines[i].text.size() > 160) continue;
    std::string folded = seg::fold(lines[i].text);
    if (cues.equals("top_heading", folded) || cues.equals("known_heading", folded)) return i;
  }
  return lines.size();
}

}  // namespace ofsearch
