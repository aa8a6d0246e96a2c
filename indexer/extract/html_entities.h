// Decodes HTML character references: named (&amp; &nbsp; &rsquo; ...), decimal
// (&#8217;) and hexadecimal (&#x2019;). Unknown references are left as written.
#pragma once

#include <string>
#include <string_view>

namespace ofsearch {

std::string decode_html_entities(std::string_view text);

}  // namespace ofsearch
