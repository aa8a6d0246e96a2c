// The inspectors a report names, lead first, for the report record's `inspectors` and
// the `inspector:` filter and facet. Reads the ways ILACS and SIF reports and Ofsted's
// letters print them, cue words from corpus/inspector_cues.tsv: labelled lines ("Lead
// inspector: Tracey Scott", "Deputy lead inspector: ...", "Team inspectors: A, B,
// C" over several lines), a sentence listing the visit's inspectors ("Her Majesty's
// Inspectors for this visit were Rebecca Quested and John Roughton.") and a letter's
// signatory ("Yours sincerely / Jan Edwards / Her Majesty's Inspector"). Never invents
// a name: an item that does not read as a person's name ends a list, and a sentence or
// signature holding one names nobody; a signature counts only with an inspector's title,
// so a joint letter signed by national directors names none.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ofsearch {

struct InspectorCues {
  std::vector<std::string> lead_labels;
  std::vector<std::string> deputy_labels;
  std::vector<std::string> team_labels;
  std::vector<std::string> team_sentences;
  std::vector<std::string> sign_offs;
  std::vector<std::string> titles;     // longest first
  std::vector<std::string> asides;     // dropped from lists like titles ("all of whom are")
  std::vector<std::string> not_names;  // words no name holds, lower case

  // Throws std::runtime_error naming the file on an unknown kind or an unreadable file.
  static InspectorCues load(const std::filesystem::path& tsv);
};

// One shared instance from ReferenceData::default_corpus_dir(), loaded on first use.
const InspectorCues& inspector_cues();

// Every inspector `text` names, each once, lead first: the labelled lead, else the
// letter's signatory, else the first of a sentence listing them; then deputies and the
// rest in the order printed. Names as printed, spaces collapsed, apostrophes straight,
// a name broken at its hyphen across lines joined ("Thomson- Jones").
std::vector<std::string> inspector_names(std::string_view text, const InspectorCues& cues);

// The names of a printed list ("Ian Young, Her Majesty's Inspector, and Rachel Holden,
// HMI"), titles and parentheses dropped, split at commas, semicolons, '&', "and" and a
// full stop after a word ("Tony Theodoulou. Tracey Zimmerman"; "Fiona J. Millns" is one).
// Stops at the first item that is not a name; with `all_or_nothing`, such an item
// means the text is not a list of names and nothing is returned.
std::vector<std::string> names_in(std::string_view list, const InspectorCues& cues,
                                  bool all_or_nothing);

}  // namespace ofsearch
