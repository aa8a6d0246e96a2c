// Extracts the main content of an HTML page (gov.uk / Ofsted report pages) as
// text: headings as markdown '#' lines, paragraphs and list items as blocks,
// navigation, header, footer, scripts and cookie banners dropped.
#pragma once

#include <string>
#include <string_view>

namespace ofsearch {

std::string extract_html_text(std::string_view html);

}  // namespace ofsearch
