// Rebuilds clean reading-order text from the positioned words of PDF pages:
// words -> lines -> blocks (paragraphs, headings, list items, table rows), running
// headers/footers and page numbers dropped, paragraphs joined across page breaks,
// line-end hyphens resolved. Pure geometry, so it is testable without poppler.
#pragma once

#include <string>
#include <vector>

namespace ofsearch::pdf {

// One word as the PDF's text layer gives it; y grows downwards, units are points.
struct Word {
  std::string text;  // UTF-8
  double left = 0, top = 0, right = 0, bottom = 0;
  double font_size = 0;
  bool bold = false;
  bool space_after = true;
};

struct Page {
  double width = 0, height = 0;
  std::vector<Word> words;  // in the text layer's reading order
};

// A visual line: words on one baseline, in reading order.
struct Line {
  std::string text;  // words joined by spaces; '\t' between cells separated by a wide gap
  double left = 0, top = 0, right = 0, bottom = 0;
  double font_size = 0;
  double text_left = 0;            // where the text after a list label starts (= left otherwise)
  std::vector<double> cell_lefts;  // where each '\t'-separated cell starts
  bool bold = false;               // every word bold
  bool label = false;              // starts with a bullet glyph or a paragraph number
  double height() const { return bottom - top; }
};

// The whole document's text: paragraphs separated by one blank line, table rows as
// "cell<TAB>cell" lines of one block. Where a page ends, one form feed per page ended
// stands in for the blank line ("\n\f"), so a reader can count pages; a paragraph
// running over a page break is on the page it starts on. Not yet passed through clean_text.
std::string layout_text(const std::vector<Page>& pages);

// Steps, exposed for tests.
std::vector<Line> build_lines(const Page& page);

// Removes running headers/footers (lines in the top or bottom band repeated on many
// pages, digits ignored) and bare page numbers, in place.
void drop_running_lines(std::vector<std::vector<Line>>& pages, const std::vector<Page>& geometry);

}  // namespace ofsearch::pdf
