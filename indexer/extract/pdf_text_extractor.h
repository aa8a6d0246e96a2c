// Extracts the text layer of a PDF with poppler-cpp and rebuilds it as clean text:
// reading order, running headers/footers and page numbers removed, words hyphenated
// across line ends rejoined, paragraphs continued across page breaks.
#pragma once

#include <string>
#include <string_view>

namespace ofsearch {

// Throws IngestError for encrypted, corrupt or text-less ("no text layer: OCR it
// first") PDFs. The text: one paragraph per line, blocks separated by one blank line
// or, where pages end, by "\n" and a form feed per page ended (pdf::layout_text);
// bullets as "\u2022 ", numbered paragraphs keep "12. " at their start; table rows
// as "cell<TAB>cell" lines of one block; clean_text applied. A PDF encrypted with an
// empty user password (permissions only) is read. Layout rules: pdf_layout.h.
std::string extract_pdf_text(std::string_view pdf_bytes);

// The text without its page marks, as if every page break were a plain blank line:
// "\n\f\f" -> "\n\n", leading form feeds dropped. For readers that need no pages.
std::string without_page_breaks(std::string_view text);

}  // namespace ofsearch
