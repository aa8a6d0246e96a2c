// Sentences in a report's extracted text, as the metadata readers need them: where one
// ends, where the one holding a cue begins, and its text on one line. Text is as the
// extractor prints it: hard-wrapped lines, a blank line between paragraphs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ofsearch {

// End of the sentence starting at `from`: after its full stop, or at a blank line; at
// most `limit` bytes on (never inside a character).
std::size_t sentence_end(std::string_view text, std::size_t from, std::size_t limit);

// Where the sentence holding a cue at `cue` begins when the cue is near its start ("In
// Rutland inspectors looked at ..."): after a full stop on the cue's line, or at the
// line's start when the line before ended a sentence; otherwise the cue itself.
std::size_t sentence_start(std::string_view text, std::size_t cue);

// Where the sentence holding `pos` begins, however far back (at most `limit` bytes):
// after the last full stop, colon or blank line before it. "Between 12 and 16
// September 2016, Ofsted, the CQC ... undertook a joint inspection" begins at "Between".
std::size_t enclosing_sentence_start(std::string_view text, std::size_t pos, std::size_t limit);

// The text on one line; list bullets become "; " between items.
std::string one_line(std::string_view s);

}  // namespace ofsearch
