// Lines -> blocks -> text: paragraph breaks from geometry, table rows from cells that
// share a top edge, paragraphs joined across page breaks, line-end hyphens resolved.
#include "indexer/extract/pdf_layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "indexer/extract/pdf_hyphenation.h"

namespace ofsearch::pdf {
namespace {

struct Block {
  std::vector<Line> lines;         // a paragraph's lines (empty for a table)
  std::vector<std::string> rows;   // a table's rendered rows, cells separated by '\t'
  std::vector<double> cell_lefts;  // where the last row's cells start
  double left = 0, top = 0, right = 0, bottom = 0;
  std::size_t page = 0;  // 0-based page of its first line (a paragraph may run on)
  bool is_table() const { return !rows.empty(); }
  const Line& first() const { return lines.front(); }
  const Line& last() const { return lines.back(); }
};

bool has_tab(const Line& line) { return line.text.find('\t') != std::string::npos; }

// The usual gap between lines of one paragraph, as a fraction of the font size.
double normal_leading(const std::vector<std::vector<Line>>& pages) {
  std::map<int, int> votes;  // gap / size in steps of 0.05
  for (const auto& lines : pages)
    for (std::size_t i = 1; i < lines.size(); ++i) {
      const Line &a = lines[i - 1], &b = lines[i];
      if (a.font_size <= 0 || std::fabs(a.font_size - b.font_size) > 0.5) continue;
      double ratio = (b.top - a.bottom) / a.font_size;
      if (ratio < -0.3 || ratio > 1.0) continue;
      ++votes[static_cast<int>(std::lround(ratio * 20))];
    }
  if (votes.empty()) return 0.0;
  auto best = std::max_element(votes.begin(), votes.end(),
                               [](const auto& x, const auto& y) { return x.second < y.second; });
  return best->first / 20.0;
}

// "reach" + "16. Many..." or "(out of" + "19) gaining": a number that wrapped to the
// start of a line mid-sentence, at the running text's left edge, is no paragraph label.
bool false_label(const Line& prev, const Line& line) {
  if (line.text.rfind("\u2022", 0) == 0 || std::fabs(line.left - prev.text_left) > 3.0)
    return false;
  std::string_view text = prev.text;
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return false;
  char end = text.back();
  return std::islower(static_cast<unsigned char>(end)) || end == ',' || end == '(' || end == '-';
}

class BlockBuilder {
 public:
  explicit BlockBuilder(double leading) : leading_(leading) {}

  std::vector<Block> build(const std::vector<Line>& lines) const {
    std::vector<Block> blocks;
    for (const Line& line : lines) {
      if (blocks.empty() || starts_block(blocks.back(), line)) {
        blocks.push_back(Block{});
        blocks.back().left = line.left;
        blocks.back().top = line.top;
        blocks.back().right = line.right;
        blocks.back().bottom = line.bottom;
      }
      Block& b = blocks.back();
      b.lines.push_back(line);
      b.left = std::min(b.left, line.left);
      b.right = std::max(b.right, line.right);
      b.bottom = std::max(b.bottom, line.bottom);
    }
    return blocks;
  }

 private:
  double leading_;

  bool starts_block(const Block& block, const Line& line) const {
    const Line& prev = block.last();
    double size = std::max(prev.font_size, 1.0);
    if (line.top < prev.top - 0.3 * prev.height()) return true;  // went up: next column or cell
    if (line.top - prev.bottom > (leading_ + 0.35) * size) return true;
    if (std::fabs(line.font_size - prev.font_size) > std::max(1.0, 0.12 * size)) return true;
    // A bold heading set directly above its text; a bold line under plain text (a
    // signature's title) stays with it.
    if (line.label && !false_label(prev, line)) return true;
    if ((prev.bold && !line.bold) || has_tab(line) || has_tab(prev)) return true;
    if (block.lines.size() == 1)
      return line.left > prev.text_left + 0.7 * size;  // first-line indent is fine
    return std::fabs(line.left - prev.left) > 0.7 * size;
  }
};

// Cells of a table row come as separate small blocks whose top edges line up.
bool is_cell(const Block& b) {
  if (b.is_table()) return false;
  std::size_t chars = 0;
  for (const Line& l : b.lines) chars += l.text.size();
  return b.lines.size() <= 4 && chars <= 240;
}

class TextRenderer {
 public:
  explicit TextRenderer(const HyphenResolver& hyphens) : hyphens_(hyphens) {}

  std::string paragraph(const std::vector<Line>& lines) const {
    std::string out;
    for (const Line& line : lines) append(out, line.text);
    return out;
  }

  // Joins `next` to `text` across a line (or page) end.
  void append(std::string& text, const std::string& next) const {
    if (text.empty()) {
      text = next;
    } else if (ends_with_word_hyphen(text)) {
      if (!hyphens_.keep_hyphen(std::string_view(text).substr(0, text.size() - 1), next))
        text.pop_back();
      text += next;
    } else {
      text += ' ';
      text += next;
    }
  }

 private:
  const HyphenResolver& hyphens_;
};

bool is_lower_start(const std::string& s) {
  return !s.empty() && std::islower(static_cast<unsigned char>(s.front()));
}

bool ends_sentence(std::string_view text) {
  while (!text.empty() &&
         (text.back() == ')' || text.back() == '\'' || text.back() == '"' || text.back() == ' '))
    text.remove_suffix(1);
  return !text.empty() &&
         (text.back() == '.' || text.back() == '!' || text.back() == '?' || text.back() == ':');
}

// Directly below, no paragraph gap (lines of a cell's text may overlap a neighbour's).
bool just_below(const Block& upper, const Block& lower, double size) {
  return lower.top - upper.bottom < 0.5 * size && lower.top > upper.top;
}

bool left_aligned(const Block& upper, double left) {
  return std::fabs(upper.left - left) < 3.0 ||
         (!upper.lines.empty() && std::fabs(upper.last().text_left - left) < 3.0);
}

void make_row(Block& b, std::string row, std::vector<double> cell_lefts) {
  b.rows.push_back(std::move(row));
  b.cell_lefts = std::move(cell_lefts);
  b.lines.clear();
}

// Which cell of the table's last row starts at `left`; npos if none.
std::size_t cell_at(const Block& table, double left) {
  for (std::size_t k = 0; k < table.cell_lefts.size(); ++k)
    if (std::fabs(table.cell_lefts[k] - left) < 3.0) return k;
  return std::string::npos;
}

void append_to_cell(std::string& row, std::size_t cell, const std::string& text) {
  std::size_t end = 0;
  for (std::size_t k = 0; k <= cell && end != std::string::npos; ++k)
    end = row.find('\t', k == 0 ? 0 : end + 1);
  row.insert(std::min(end, row.size()), ' ' + text);
}

// Turns aligned cell blocks and tab-separated lines into table rows, rejoining a
// cell's text wrapped onto a line above or below the line its neighbours sit on.
class RowFinder {
 public:
  explicit RowFinder(const TextRenderer& render) : render_(render) {}

  std::vector<Block> find(std::vector<Block> blocks) const {
    std::vector<Block> out;
    for (Block& b : blocks) {
      Block* prev = out.empty() ? nullptr : &out.back();
      if (!prev || !join(*prev, b)) {
        if (b.lines.size() == 1 && has_tab(b.first()))
          make_row(b, b.first().text, b.first().cell_lefts);
        out.push_back(std::move(b));
        continue;
      }
      prev->right = std::max(prev->right, b.right);
      prev->bottom = std::max(prev->bottom, b.bottom);
    }
    return out;
  }

 private:
  const TextRenderer& render_;

  // Merges `b` into `prev` when it belongs to the same table row.
  bool join(Block& prev, const Block& b) const {
    bool tab_line = b.lines.size() == 1 && has_tab(b.first());
    double size = std::max(b.first().font_size, 1.0);
    bool aligned =
        is_cell(b) && std::fabs(b.top - prev.top) < 0.6 * size && b.left >= prev.right - 1.0;
    if (aligned && prev.is_table()) {  // the next cell of the same row
      prev.rows.back() += '\t' + render_.paragraph(b.lines);
      prev.cell_lefts.push_back(b.left);
      return true;
    }
    if (aligned && is_cell(prev)) {
      make_row(prev, render_.paragraph(prev.lines) + '\t' + render_.paragraph(b.lines),
               {prev.left, b.left});
      return true;
    }
    if (tab_line && !prev.is_table() && prev.lines.size() <= 2 && just_below(prev, b, size) &&
        left_aligned(prev, b.left) &&
        !ends_sentence(prev.last().text)) {  // first cell began a line above
      make_row(prev, render_.paragraph(prev.lines) + ' ' + b.first().text, b.first().cell_lefts);
      return true;
    }
    if (!prev.is_table() || b.lines.size() != 1 || tab_line || !just_below(prev, b, size))
      return false;
    std::size_t cell = cell_at(prev, b.left);  // a cell's last line below its row
    const std::string& text = b.first().text;
    bool fits = cell == 0 ? is_lower_start(text) && text.size() <= 80 : text.size() <= 40;
    if (cell == std::string::npos || !fits) return false;
    append_to_cell(prev.rows.back(), cell, text);
    return true;
  }
};

// Consecutive rows make one table.
std::vector<Block> group_tables(std::vector<Block> blocks, const TextRenderer& render) {
  std::vector<Block> merged;
  for (Block& b : RowFinder(render).find(std::move(blocks))) {
    if (b.is_table() && !merged.empty() && merged.back().is_table()) {
      auto& rows = merged.back().rows;
      rows.insert(rows.end(), b.rows.begin(), b.rows.end());
      continue;
    }
    merged.push_back(std::move(b));
  }
  return merged;
}

// The paragraph at the bottom of a page runs on at the top of the next.
bool continues_across_page(const Block& prev, const Block& next) {
  if (prev.is_table() || next.is_table() || next.first().label) return false;
  if (prev.last().bold || next.first().bold) return false;
  if (std::fabs(prev.last().font_size - next.first().font_size) > 1.0) return false;
  std::string_view text = prev.last().text;
  if (text.empty() || ends_sentence(text)) return false;
  char end = text.back();
  if (is_lower_start(next.first().text)) return true;
  bool open_end =
      std::islower(static_cast<unsigned char>(end)) || end == ',' || end == ';' || end == '-';
  return open_end && prev.lines.size() >= 2;
}

// The font size most of the text is set in.
double body_font_size(const std::vector<std::vector<Line>>& pages) {
  std::map<long, std::size_t> chars;  // size in half points -> characters
  for (const auto& lines : pages)
    for (const Line& l : lines) chars[std::lround(l.font_size * 2)] += l.text.size();
  if (chars.empty()) return 0.0;
  auto best = std::max_element(chars.begin(), chars.end(),
                               [](const auto& x, const auto& y) { return x.second < y.second; });
  return static_cast<double>(best->first) / 2.0;
}

bool is_footnote(const Block& b, double body) {
  if (b.is_table() || b.first().font_size >= 0.9 * body || b.first().text.empty()) return false;
  char c = b.first().text.front();
  return std::isdigit(static_cast<unsigned char>(c)) || c == '*';
}

// A number alone in a block: a contents page's page reference cut off from its
// entry, or a page number away from the margins; it carries no text.
bool is_orphan_number(const std::string& text) {
  return text.size() <= 4 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string layout_text(const std::vector<Page>& pages) {
  std::vector<std::vector<Line>> lines;
  lines.reserve(pages.size());
  for (const Page& page : pages) lines.push_back(build_lines(page));
  drop_running_lines(lines, pages);

  HyphenResolver hyphens;
  for (const auto& page : lines)
    for (const Line& line : page) hyphens.learn(line.text);
  TextRenderer render(hyphens);

  BlockBuilder builder(normal_leading(lines));
  const double body = body_font_size(lines);
  std::vector<Block> blocks;
  std::size_t page_start = 0;  // first block of the previous page
  for (std::size_t p = 0; p < lines.size(); ++p) {
    auto page_blocks = group_tables(builder.build(lines[p]), render);
    for (Block& b : page_blocks) b.page = p;
    // Footnotes at the foot of a page sit between a paragraph and its continuation.
    std::size_t k = blocks.size();
    while (k > page_start && is_footnote(blocks[k - 1], body)) --k;
    if (k > page_start && !page_blocks.empty() &&
        continues_across_page(blocks[k - 1], page_blocks.front())) {
      auto& joined = blocks[k - 1].lines;
      joined.insert(joined.end(), page_blocks.front().lines.begin(),
                    page_blocks.front().lines.end());
      page_blocks.erase(page_blocks.begin());
    }
    page_start = blocks.size();
    for (Block& b : page_blocks) blocks.push_back(std::move(b));
  }

  std::string out;
  std::size_t page = 0;  // the page the text has reached
  for (const Block& b : blocks) {
    std::string text;
    if (b.is_table()) {
      for (const auto& row : b.rows) text += (text.empty() ? "" : "\n") + row;
    } else {
      text = render.paragraph(b.lines);
    }
    if (text.empty() || is_orphan_number(text)) continue;
    // A form feed per page ended takes the place of the blank line between blocks.
    std::string breaks(b.page - page, '\f');
    page = b.page;
    if (out.empty()) {
      out = breaks;
    } else {
      out += breaks.empty() ? "\n\n" : "\n" + breaks;
    }
    out += text;
  }
  if (!out.empty()) out += '\n';
  return out;
}

}  // namespace ofsearch::pdf
