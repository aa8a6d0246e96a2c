// Character-level tests on single lines of report text, shared by the paragraph
// segmenter's passes: trimming, markdown clean-up, bullets and printed paragraph
// numbers ("84.", "3.7", "ii)", "- 3.7"), page numbers, sentence ends, capitals.
// Every function is linear in the line and never backtracks.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "reference/grade_scale.h"

namespace ofsearch::seg {

// One line of the input, split at line breaks and form feeds.
struct Line {
  std::string_view raw;     // as in the text, without the line break
  std::string text;         // markdown stripped, spaces collapsed
  bool page_break = false;  // a form feed (page end) came just before it
  int page = 1;             // 1 + the form feeds before it
};

std::string_view trim(std::string_view s);
// Trimmed, tabs and runs of spaces turned into one space.
std::string collapse_spaces(std::string_view s);
// Drops markdown emphasis (** and __), turns [text](url) into text and <url> into url.
std::string strip_markdown(std::string_view s);

// "## Title" -> 2 and *rest = "Title"; 0 when the line is not a markdown heading.
int markdown_heading_level(std::string_view trimmed, std::string_view* rest);
// "**Title**" -> true and *inner = "Title".
bool is_bold_only(std::string_view trimmed, std::string_view* inner);
// "Being healthy**Grade 1 (Outstanding)**" -> head "Being healthy", tail "Grade 1 (Outstanding)".
bool split_glued_bold(std::string_view trimmed, std::string_view* head, std::string_view* tail);

// A bullet or printed number opening a line: "- text", "■ text", "84. text",
// "3.7 text", "- 3.7 text", "ii) text", "(a) text". number is empty for a bare bullet.
struct ItemStart {
  bool bullet = false;
  std::string number;
  std::string_view rest;  // the text after the marker
};
std::optional<ItemStart> item_start(std::string_view text);
// "12." or "3.7" alone on a line (a paragraph number set apart from its text); "12"
// alone is not one, since a page number prints the same.
bool bare_paragraph_number(std::string_view text, std::string* number);
// Whether `next` is the printed number after `last`: "17" after "16", "3.8" after
// "3.7", "4.1" after "3.10", "1" when nothing came before.
bool follows_in_sequence(std::string_view last, std::string_view next);
// "What needs to improve?1" -> "What needs to improve?": a footnote mark glued to
// the end of a heading (one or two digits right after a lower-case letter, '?' or ')').
std::string strip_footnote_mark(std::string_view text);
// "N TITLE": a leading section number without a dot ("3 OUTCOME OF FOCUSED VISIT");
// *depth = number of components ("3" -> 1, "3.2" -> 2).
bool numbered_title(std::string_view text, std::string_view* title, int* depth);
// "12", "Page 3", "Page 3 of 12", "- 3 -", "3 of 12".
bool is_page_number(std::string_view text);

bool starts_lower(std::string_view text);  // first letter (after quotes/brackets) is a-z
bool starts_upper(std::string_view text);  // first letter (after quotes/brackets) is A-Z
// Ends with . ! ? ; : or an ellipsis, possibly followed by closing quotes/brackets.
bool ends_sentence(std::string_view text);
// Ends with any punctuation that closes a clause (ends_sentence or a comma).
bool ends_with_punctuation(std::string_view text);
bool is_all_caps(std::string_view text);          // letters present and none lower case
int count_words(std::string_view text, int cap);  // stops counting at cap
// The grade when the whole text, at most max_chars long and ten words, is a grade
// phrase in the singular or plural ("Good", "Grade 3 (Adequate)", "Require improvement").
std::optional<Grade> whole_grade(const GradeScale& grades, std::string_view text,
                                 std::size_t max_chars);
std::string last_word_lower(std::string_view text);
bool mostly_digits(std::string_view text);  // digits are at least 30% of visible characters
// fold_key (stemming/text_normaliser.h) with a fast path for ASCII text, which is
// most report text: lower case, apostrophes dropped, '&' -> "and", other runs of
// non-alphanumerics -> one space.
std::string fold(std::string_view text);
// Whether the text ends inside a single-quoted phrase: "training on 'Care" (an
// apostrophe inside a word, as in "children's", is not a quote).
bool open_quote(std::string_view text);

}  // namespace ofsearch::seg
