// Small PDFs written byte by byte at test time, so the bad-input tests need no
// committed binaries: a text PDF (Helvetica, several pages), an image-only "scan",
// and junk behind a PDF header. The writer computes a correct xref table.
#pragma once

#include <string>
#include <vector>

namespace ofsearch::testing {

// A PDF whose pages show `lines` (ASCII; others become '?'), `lines_per_page` a page.
std::string text_pdf(const std::vector<std::string>& lines, std::size_t lines_per_page = 48);

// `text` wrapped to lines of at most `width` characters; blank lines between paragraphs kept.
std::vector<std::string> wrap_lines(const std::string& text, std::size_t width = 90);

// A PDF of `pages` pages that each only draw a grey image: no text layer at all.
std::string image_only_pdf(int pages);

// A "%PDF-1.7" header followed by `size` deterministic pseudo-random bytes.
std::string junk_pdf(std::size_t size);

}  // namespace ofsearch::testing
