// Reads the opening of a report (letterhead, letter date, addressee, title block,
// labelled dates) from its clean text: the title as printed, the issue date printed
// near the top, the addressee block and the labelled inspection dates. Works on raw
// lines, so it does not depend on how the text is later segmented.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reference/date_extractor.h"
#include "indexer/metadata/metadata_cues.h"
#include "reference/authority_gazetteer.h"

namespace ofsearch {

struct TextLine {
  std::string text;        // trimmed, markdown emphasis and heading marks removed
  std::size_t offset = 0;  // of the line in the text
};

struct ReportOpening {
  std::vector<TextLine> lines;            // the first non-empty lines of the text
  std::string title;                      // the title block as printed, "" when none was found
  std::optional<std::size_t> title_line;  // index in `lines` of the block's first line
  std::size_t title_last = 0;             // and of its last line (when title_line is set)
  // The title is the document's own: it starts with a report type cue ("Focused visit
  // to ..."), perhaps under or after the authority's name, and is not a labelled field
  // ("Report title: ...") or a line merely naming a type ("OFSTED FOCUSED VISIT").
  bool title_opens = false;
  bool letter = false;                           // a salutation ("Dear ...") comes before the title
  std::optional<std::string> issue_date;         // "Published: ...", a letter or meeting date line
  std::optional<DateRange> labelled_inspection;  // "Inspection dates: 3 - 14 October 2011"
  std::string addressee;  // a letter's lines between its date and "Dear ...", '\n'-joined
  // Text before the title block ends (letterhead, date, addressee, title), where
  // cues for the document's form count most.
  std::string head;
};

// title_cues: phrases that start a report title ("focused visit to", "inspection of
// * local authority children's services"); the gazetteer tells an authority line
// printed above a title (SIF reports) from other lines.
ReportOpening read_opening(std::string_view text, const std::vector<std::string>& title_cues,
                           const MetadataCues& cues, const AuthorityGazetteer& gazetteer);

// The first non-empty lines of the text, at most max_lines and about max_chars.
std::vector<TextLine> first_lines(std::string_view text, std::size_t max_lines,
                                  std::size_t max_chars);

}  // namespace ofsearch
