#include "indexer/segment/segment_scanner.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <optional>

#include "indexer/segment/heading_detector.h"
#include "indexer/segment/judgement_table.h"
#include "indexer/segment/line_classifier.h"
#include "indexer/segment/numbered_paragraphs.h"
#include "indexer/segment/text_layout.h"

namespace ofsearch {
namespace {

using seg::Line;
using Style = SegItem::Style;

constexpr int kMaxTitleWords = 14;
constexpr std::size_t kMaxTitleLines = 6;
constexpr int kMaxStatementWords = 25;
constexpr double kShortLineShare = 0.85;  // a wrapped line this much shorter ends its paragraph

// The state of one scan; methods read one kind of line each.
class Scan {
 public:
  Scan(const GradeScale& grades, const SegmenterCues& cues, std::string_view text)
      : grades_(grades),
        cues_(cues),
        layout_(analyse_layout(text, cues)),
        lines_(layout_.lines),
        headings_(grades, cues, layout_.wrap_width),
        tables_(grades, cues) {}

  ScanResult run() {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      std::size_t first_new = out_.items.size();
      int page = lines_[i].page;
      i = step(i);
      // Whatever line i opened starts on its page, however many lines it took.
      for (std::size_t k = first_new; k < out_.items.size(); ++k) out_.items[k].page = page;
    }
    close();
    seg::merge_into_numbered(out_.items, [this](const std::string& text) {
      // "The graded judgement for adoption performance is that it requires improvement."
      return seg::count_words(text, 21) <= 20 && grades_.parse_suffix(text).has_value();
    });
    return std::move(out_);
  }

 private:
  bool wrapped() const { return layout_.wrap_width > 0; }

  // Reads line i (and any lines it takes with it); returns the last line used.
  std::size_t step(std::size_t i) {
    const Line& line = lines_[i];
    if (line.text.empty()) {
      close();
      return i;
    }
    if (i >= details_end_ && is_details_heading(line, cues_)) {
      details_end_ = details_end(lines_, i, cues_);
      add_heading(HeadingMatch{line.text, std::nullopt, Style::cue, 0, i});
      return i;
    }
    if (auto kind = region_kind(i)) {
      add_boilerplate_line(line.text, *kind, false);
      return i;
    }
    if (seg::is_page_number(line.text)) {
      add_boilerplate_line(line.text, BoilerplateKind::page_furniture, true);
      return i;
    }
    if (grade_line(line.text)) return i;
    if (layout_.running_lines.count(line.text)) {
      add_boilerplate_line(line.text, BoilerplateKind::page_furniture, true);
      return i;
    }
    bool start = at_start(i);
    bool statement = start && overall_statement(i);
    if (std::size_t next = 0; !statement && !key_mode_ && table(i, start, &next)) return next - 1;
    if (auto h = headings_.strong(lines_, i, start && !statement)) {
      add_heading(*h);
      return h->last_line;
    }
    if (auto kind = line_boilerplate(line, cues_); kind && (start || line.text.size() < 60)) {
      close();
      add_paragraph(line.text, std::nullopt, *kind, i);
      // Field and contact lines stand alone; a copyright notice may wrap.
      if (*kind != BoilerplateKind::copyright) close();
      return i;
    }
    std::string number;
    if (seg::bare_paragraph_number(line.text, &number)) {  // "16." alone: a paragraph follows
      close();
      pending_numbers_.push_back(number);
      return i;
    }
    if (auto item = seg::item_start(line.text);
        item && item_allowed(*item, i, start) && !number_in_sentence(*item, line.text)) {
      close();
      std::optional<std::string> num;
      if (!item->number.empty()) {
        num = item->number;
        pending_numbers_.clear();
      }
      add_paragraph(std::string(item->rest), num, BoilerplateKind::none, i);
      out_.items.back().list_item = true;
      return i;
    }
    if (start && !statement && !key_mode_ && title_allowed_) {
      if (auto last = title(i)) return *last;
    }
    if (in_address_block(i)) {
      add_boilerplate_line(line.text, BoilerplateKind::letterhead, false);
      return i;
    }
    if (start && !statement && headings_.short_line(lines_, i) && (!key_mode_ || leaves_key(i))) {
      add_heading(HeadingMatch{line.text, std::nullopt, Style::short_line, 0, i});
      return i;
    }
    text_line(i, start);
    return i;
  }

  // --- regions ---------------------------------------------------------------

  std::optional<BoilerplateKind> region_kind(std::size_t i) {
    if (layout_.salutation != TextLayout::npos && i <= layout_.salutation) {
      return i == layout_.salutation ? BoilerplateKind::salutation : BoilerplateKind::letterhead;
    }
    if (layout_.signoff != TextLayout::npos && i >= layout_.signoff)
      return BoilerplateKind::signoff;
    if (i < contents_end_) return BoilerplateKind::contents;
    if (i < details_end_) return BoilerplateKind::title_page;
    if (is_contents_heading(lines_[i], cues_)) {
      contents_end_ = contents_end(lines_, i);
      return BoilerplateKind::contents;
    }
    return std::nullopt;
  }

  // --- paragraphs --------------------------------------------------------------

  // Whether line i may start a paragraph: nothing is open, or the open paragraph's
  // last (wrapped) line ended a sentence well short of the line width.
  bool at_start(std::size_t i) const {
    if (open_ < 0) return true;
    const std::string& prev = lines_[last_line_].text;
    // A lower-case line or a bracketed note "(Outcome 4, national framework)" goes on.
    const std::string& text = lines_[i].text;
    if (lines_[i].page_break || seg::starts_lower(text) || text[0] == '(' ||
        !seg::ends_sentence(prev)) {
      return false;
    }
    // Only a paragraph's last line is short; a short heading-like line after a
    // sentence end starts something new even when the line before was full, and so
    // does a sentence when numbers printed apart are still waiting for paragraphs.
    return prev.size() < kShortLineShare * layout_.wrap_width || headings_.short_line(lines_, i) ||
           headings_.graded_lines(lines_, i) || !pending_numbers_.empty();
  }

  bool item_allowed(const seg::ItemStart& item, std::size_t i, bool start) const {
    if (item.bullet) return true;
    // "2.5 million children" inside a wrapped sentence is not a paragraph number,
    // but the number after the last one printed is, even after "(Recommendation)".
    if (start || seg::follows_in_sequence(last_number_, item.number)) return true;
    return !seg::starts_lower(item.rest) && open_ >= 0 &&
           seg::ends_sentence(lines_[last_line_].text) && i > 0;
  }

  // "... at the age of" + page break + "16. This affords them": a number out of
  // sequence where the paragraph before stopped mid-sentence belongs to that sentence.
  bool number_in_sentence(const seg::ItemStart& item, const std::string& text) const {
    if (item.bullet || item.number.empty() || open_ >= 0 || joinable_ < 0 ||
        seg::follows_in_sequence(last_number_, item.number)) {
      return false;
    }
    return continues(out_.items[joinable_], text);
  }

  void text_line(std::size_t i, bool start) {
    const std::string& text = lines_[i].text;
    if (open_ >= 0 && !start) {
      append(open_, text);
      last_line_ = i;
      return;
    }
    if (open_ < 0 && pending_numbers_.empty() && joinable_ >= 0 &&
        continues(out_.items[joinable_], text)) {
      open_ = joinable_;
      append(open_, text);
      last_line_ = i;
      return;
    }
    close();
    std::optional<std::string> number;
    if (!pending_numbers_.empty()) {
      number = pending_numbers_.front();
      pending_numbers_.pop_front();
    }
    add_paragraph(text, number, BoilerplateKind::none, i);
  }

  // A block continues the paragraph before a page break when that paragraph stops
  // mid-sentence and the block starts lower case or follows a word no sentence ends with.
  // A numbered paragraph never stops without punctuation, nor does one inside a quotation.
  bool continues(const SegItem& prev_item, const std::string& next) const {
    const std::string& prev = prev_item.text;
    if (seg::ends_sentence(prev)) return false;
    if (auto item = seg::item_start(next);
        item && (item->bullet || seg::follows_in_sequence(last_number_, item->number))) {
      return false;
    }
    if (seg::starts_lower(next)) return true;
    if (seg::ends_with_punctuation(prev)) return false;
    if (prev_item.number && seg::count_words(prev, 21) > 20) return true;
    return cues_.is_function_word(seg::last_word_lower(prev)) || seg::open_quote(prev);
  }

  void append(int item, const std::string& text) {
    std::string& to = out_.items[item].text;
    // "well-" + "planned": a word hyphenated at the line end.
    if (to.size() >= 2 && to.back() == '-' &&
        std::isalpha(static_cast<unsigned char>(to[to.size() - 2])) && seg::starts_lower(text)) {
      to += text;
    } else {
      to += ' ';
      to += text;
    }
  }

  void add_paragraph(std::string text, std::optional<std::string> number, BoilerplateKind bp_kind,
                     std::size_t line) {
    if (number) last_number_ = *number;
    SegItem item;
    item.text = std::move(text);
    item.number = std::move(number);
    item.boilerplate = bp_kind != BoilerplateKind::none;
    item.boilerplate_kind = bp_kind;
    out_.items.push_back(std::move(item));
    open_ = static_cast<int>(out_.items.size()) - 1;
    last_line_ = line;
    after_heading_ = false;
    title_allowed_ = false;
    if (!wrapped()) close();  // one paragraph per line
  }

  void add_boilerplate_line(const std::string& text, BoilerplateKind kind, bool transparent) {
    close();
    SegItem item;
    item.text = text;
    item.boilerplate = true;
    item.boilerplate_kind = kind;
    item.transparent = transparent;
    out_.items.push_back(std::move(item));
    if (!transparent) joinable_ = -1;
  }

  void close() {
    if (open_ >= 0) joinable_ = out_.items[open_].boilerplate ? -1 : open_;
    open_ = -1;
  }

  // --- headings, grades, tables -----------------------------------------------

  void add_heading(const HeadingMatch& h) {
    close();
    if (h.grade || !joins_split_heading(h.text)) {
      SegItem item;
      item.kind = SegItem::Kind::heading;
      item.style = h.style;
      item.text = h.style == Style::markdown ? h.text : seg::strip_footnote_mark(h.text);
      item.grade = h.grade;
      item.level = h.level;
      item.key = cues_.starts_with("key_heading", seg::fold(h.text));
      key_mode_ = item.key;
      out_.items.push_back(std::move(item));
    }
    joinable_ = -1;
    after_heading_ = true;
    title_allowed_ = false;
    pending_numbers_.clear();
  }

  // "The experiences and progress of" / "Good children who need help and protection":
  // a heading whose grade, set to the right of its second line, came out first. The
  // line joins the heading before it, which stopped on a word no heading ends with.
  bool joins_split_heading(const std::string& text) {
    if (out_.items.empty()) return false;
    SegItem& prev = out_.items.back();
    if (prev.kind != SegItem::Kind::heading || prev.grade ||
        !cues_.is_function_word(seg::last_word_lower(prev.text))) {
      return false;
    }
    std::size_t end = 0;
    for (int words = 0; words < 4 && end != std::string::npos; ++words) {
      end = text.find(' ', end + (words ? 1 : 0));
      if (end == std::string::npos) break;
      auto g = headings_.whole_grade(std::string_view(text).substr(0, end));
      std::string_view rest = seg::trim(std::string_view(text).substr(end));
      if (!g || !seg::starts_lower(rest)) continue;
      prev.text += " " + std::string(rest);
      prev.grade = g;
      prev.style = Style::graded_area;
      return true;
    }
    return false;
  }

  // "Grade 3 (Adequate)" under a heading, or a bare grade right after one.
  bool grade_line(const std::string& text) {
    if (key_mode_) return false;
    auto g = headings_.whole_grade(text);
    if (!g) return false;
    std::string folded = seg::fold(text);
    if (!after_heading_ && folded.find("grade") == std::string::npos) return false;
    close();
    SegItem item;
    item.kind = SegItem::Kind::grade;
    item.grade = g;
    item.text = text;
    out_.items.push_back(std::move(item));
    joinable_ = -1;
    after_heading_ = false;
    return true;
  }

  // A table starts at a header line ("Judgement" / "Grade") anywhere, or without a
  // header at a paragraph start that looks like a row.
  bool table(std::size_t i, bool start, std::size_t* next) {
    std::size_t body = 0;
    if (tables_.is_table_start(lines_, i, &body)) {
      TableRead read = tables_.read(lines_, body, lines_.size());
      if (read.judgements.empty()) read = row_with_grade_inside(body);
      if (read.judgements.empty()) return false;
      bool header_only = tables_.is_header_only(lines_[i]);
      if (!header_only) add_heading(HeadingMatch{lines_[i].text, std::nullopt, Style::cue, 0, i});
      // A one-row key-judgement table names the section that follows (SIF reports).
      if (header_only && read.judgements.size() == 1) {
        const Judgement& j = read.judgements.front();
        add_heading(HeadingMatch{j.area, j.grade, Style::graded_area, 0, i});
      }
      record(read);
      *next = read.end;
      return true;
    }
    if (!start && i != table_probe_) return false;
    if (i != table_probe_ && !tables_.is_row(lines_[i]) && !tables_.area_before_grade(lines_, i))
      return false;
    TableRead read = tables_.read(lines_, i, lines_.size());
    if (read.judgements.size() == 1 && read.end == i + 1 && tables_.is_row(lines_[i])) {
      // "Leadership, management and governance<TAB>Requires improvement" alone: a
      // key-judgement table whose header was lost; it names the section that follows.
      const Judgement& j = read.judgements.front();
      add_heading(HeadingMatch{j.area, j.grade, Style::graded_area, 0, i});
    } else if (read.judgements.size() < 2) {
      return false;
    }
    record(read);
    *next = read.end;
    return true;
  }

  // A one-row table whose grade cell came out inside the area's words (the first
  // non-blank line from `body`), read as a judgement.
  TableRead row_with_grade_inside(std::size_t body) const {
    TableRead read;
    std::size_t i = body;
    while (i < lines_.size() && lines_[i].text.empty()) ++i;
    if (i >= lines_.size()) return read;
    if (auto j = headings_.grade_inside(lines_[i].text)) {
      read.judgements.push_back(*j);
      read.end = i + 1;
    }
    return read;
  }

  void record(const TableRead& read) {
    close();
    title_allowed_ = false;
    joinable_ = -1;
    out_.table_judgements.insert(out_.table_judgements.end(), read.judgements.begin(),
                                 read.judgements.end());
    out_.table_parts.insert(out_.table_parts.end(), read.parts.begin(), read.parts.end());
  }

  // "Children's services in X require improvement to be good" near the start; a
  // table of the areas often follows it without a header.
  bool overall_statement(std::size_t i) {
    if (out_.overall_statement || i > std::max<std::size_t>(80, lines_.size() / 4)) return false;
    std::string joined;
    for (std::size_t k = i; k < lines_.size() && k < i + 3; ++k) {
      if (lines_[k].text.empty() || (k > i && seg::item_start(lines_[k].text))) break;
      joined += (joined.empty() ? "" : " ") + lines_[k].text;
      if (seg::count_words(joined, kMaxStatementWords + 1) > kMaxStatementWords) break;
      std::string folded = seg::fold(joined);
      auto area = cues_.value_in("overall_sentence", folded);
      if (!area) continue;
      std::string rest;
      auto g = grades_.parse_suffix(grades_.singular_form(joined), &rest);
      if (g && !rest.empty()) {
        out_.overall_statement = Judgement{*area, *g, ""};
        table_probe_ = k + 1;
        while (table_probe_ < lines_.size() && lines_[table_probe_].text.empty()) ++table_probe_;
        return true;
      }
      if (seg::ends_sentence(lines_[k].text)) break;
    }
    return false;
  }

  // The report title: the first lines of short unpunctuated text, up to a field line.
  std::optional<std::size_t> title(std::size_t i) {
    std::string text;
    std::size_t k = i;
    for (; k < lines_.size() && k < i + kMaxTitleLines; ++k) {
      const Line& l = lines_[k];
      if (l.text.empty() || (k > i && l.page_break) || !title_like(l)) break;
      text += (text.empty() ? "" : " ") + l.text;
    }
    std::size_t after = k;
    while (after < lines_.size() &&
           (lines_[after].text.empty() || seg::is_page_number(lines_[after].text))) {
      ++after;
    }
    if (k == i || (after < lines_.size() && seg::starts_lower(lines_[after].text))) {
      title_allowed_ = false;  // text continued after a page break is no title
      return std::nullopt;
    }
    add_heading(HeadingMatch{text, std::nullopt, Style::title, 0, k - 1});
    return k - 1;
  }

  bool title_like(const Line& l) const {
    if (l.text.size() > 120 || seg::count_words(l.text, kMaxTitleWords + 1) > kMaxTitleWords) {
      return false;
    }
    // Title lines are set short; a full-width line begins a paragraph.
    if (wrapped() && l.text.size() >= kShortLineShare * layout_.wrap_width) return false;
    std::string_view t = seg::trim(l.text);
    if (t.find(". ") != std::string_view::npos) return false;  // sentences are not a title
    if (seg::ends_with_punctuation(t) || seg::item_start(t) || seg::mostly_digits(t)) return false;
    return !line_boilerplate(l, cues_);
  }

  // "Piccadilly Gate" / "Store Street" / "Manchester": a short line right under a
  // letterhead or contact line, in the same block, is more of the address.
  bool in_address_block(std::size_t i) const {
    if (i == 0 || lines_[i - 1].text.empty() || lines_[i].page_break || out_.items.empty()) {
      return false;
    }
    const SegItem& prev = out_.items.back();
    bool address = prev.kind == SegItem::Kind::paragraph && prev.boilerplate &&
                   (prev.boilerplate_kind == BoilerplateKind::letterhead ||
                    prev.boilerplate_kind == BoilerplateKind::contact);
    return address && seg::count_words(lines_[i].text, 5) <= 4 &&
           !seg::ends_with_punctuation(lines_[i].text);
  }

  // In a grade-key section a short line is a heading only when a numbered or long
  // paragraph follows it.
  bool leaves_key(std::size_t i) const {
    std::size_t j = i + 1;
    while (j < lines_.size() && lines_[j].text.empty()) ++j;
    if (j >= lines_.size()) return false;
    auto item = seg::item_start(lines_[j].text);
    return (item && !item->number.empty()) || seg::count_words(lines_[j].text, 16) > 15;
  }

  const GradeScale& grades_;
  const SegmenterCues& cues_;
  TextLayout layout_;
  const std::vector<Line>& lines_;
  HeadingDetector headings_;
  JudgementTableReader tables_;
  ScanResult out_;
  int open_ = -1;              // paragraph still taking lines
  int joinable_ = -1;          // last content paragraph a page-break fragment may continue
  std::size_t last_line_ = 0;  // last line added to the open paragraph
  // "16." / "17." printed on lines of their own, before their paragraphs
  std::deque<std::string> pending_numbers_;
  std::string last_number_;  // the last printed paragraph number
  bool after_heading_ = false;
  bool title_allowed_ = true;
  bool key_mode_ = false;
  std::size_t contents_end_ = 0;
  std::size_t details_end_ = 0;  // the names-and-addresses table under a details heading
  std::size_t table_probe_ = TextLayout::npos;
};

}  // namespace

ScanResult SegmentScanner::scan(std::string_view text) const {
  return Scan(grades_, cues_, text).run();
}

}  // namespace ofsearch
