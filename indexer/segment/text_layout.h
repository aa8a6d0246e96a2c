// Whole-document facts the segmenter needs before reading line by line: the lines
// (split at line breaks and form feeds), whether the text is hard-wrapped (PDF text)
// or one paragraph per line (markdown, HTML), lines repeated as running headers,
// where a letter's salutation and sign-off are, and how far a contents page runs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "indexer/segment/line_classifier.h"
#include "indexer/segment/segmenter_cues.h"

namespace ofsearch {

struct TextLayout {
  std::vector<seg::Line> lines;
  double wrap_width = 0;  // typical line length of hard-wrapped text; 0: not wrapped
  std::unordered_set<std::string> running_lines;  // running headers/footers
  std::size_t salutation = npos;                  // "Dear ..." line of a letter
  std::size_t signoff = npos;                     // "Yours sincerely" line
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

TextLayout analyse_layout(std::string_view text, const SegmenterCues& cues);

// The boilerplate kind of a line by the phrase rules, if any.
std::optional<BoilerplateKind> line_boilerplate(const seg::Line& line, const SegmenterCues& cues);

// Whether the line heads a contents page, and the first line after that page.
bool is_contents_heading(const seg::Line& line, const SegmenterCues& cues);
std::size_t contents_end(const std::vector<seg::Line>& lines, std::size_t heading);

// Whether the line heads a table of names and addresses ("Local area partnership details",
// "Inspection team": segmenter_cues.tsv details_heading), and the first line after the
// table: the next top or known heading, else the end of the text.
bool is_details_heading(const seg::Line& line, const SegmenterCues& cues);
std::size_t details_end(const std::vector<seg::Line>& lines, std::size_t heading,
                        const SegmenterCues& cues);

}  // namespace ofsearch
