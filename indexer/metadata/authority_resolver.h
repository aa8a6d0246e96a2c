// Picks the local authority a report is ABOUT, not the other bodies it names: the
// title or subject line first, then a letter's addressee block, then the council's
// web or e-mail domain ("rutland.gov.uk"), then the authority mentioned most. Mentions
// the gazetteer marks as other bodies ("Leicestershire Police") never count.
#pragma once

#include <string_view>

#include "reference/authority_gazetteer.h"

namespace ofsearch {

struct AuthorityEvidence {
  std::string_view title;      // the report's title block
  std::string_view subject;    // the lines right after the title ("This letter summarises ...")
  std::string_view addressee;  // a letter's addressee block
  std::string_view opening;    // the first lines (for gov.uk domains)
  std::string_view text;       // the whole text
};

// nullptr when the text names no authority.
const Authority* resolve_authority(const AuthorityGazetteer& gazetteer,
                                   const AuthorityEvidence& evidence);

}  // namespace ofsearch
