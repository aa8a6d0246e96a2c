// Why a line or paragraph is boilerplate: the kinds corpus/boilerplate.tsv gives its
// rules (salutation, signoff, contact ...) and those the segmenter finds itself (page
// furniture, contents pages, the letterhead above a salutation). One table names them:
// the names are read from the data file and printed by tests and tools.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace ofsearch {

enum class BoilerplateKind {
  none,            // not boilerplate
  salutation,      // "Dear ...": a letter starts; the lines above are letterhead
  signoff,         // "Yours sincerely": the letter ends here
  signature,       // the inspector's name and title
  letterhead,      // Ofsted's addresses, the lines above the salutation
  contact,         // telephone numbers, e-mail and web addresses
  copyright,       // Crown copyright notices
  form_field,      // a council report's form fields ("Contact officer", "Wards affected")
  title_page,      // a report's cover lines ("Inspection dates", "Lead inspector")
  furniture,       // web-page furniture (teasers, truncations); a run ends an article
  page_furniture,  // running headers, footers and page numbers
  contents,        // a contents page
};

inline constexpr std::array<std::pair<BoilerplateKind, std::string_view>, 12> kBoilerplateKinds = {{
    {BoilerplateKind::none, ""},
    {BoilerplateKind::salutation, "salutation"},
    {BoilerplateKind::signoff, "signoff"},
    {BoilerplateKind::signature, "signature"},
    {BoilerplateKind::letterhead, "letterhead"},
    {BoilerplateKind::contact, "contact"},
    {BoilerplateKind::copyright, "copyright"},
    {BoilerplateKind::form_field, "form_field"},
    {BoilerplateKind::title_page, "title_page"},
    {BoilerplateKind::furniture, "furniture"},
    {BoilerplateKind::page_furniture, "page_furniture"},
    {BoilerplateKind::contents, "contents"},
}};

// "salutation"; "" for none.
inline std::string_view name_of(BoilerplateKind kind) {
  for (const auto& [k, name] : kBoilerplateKinds) {
    if (k == kind) return name;
  }
  return "";
}

// The kind a name gives, nullopt for an unknown or empty name.
inline std::optional<BoilerplateKind> boilerplate_kind_named(std::string_view name) {
  for (const auto& [k, n] : kBoilerplateKinds) {
    if (!name.empty() && n == name) return k;
  }
  return std::nullopt;
}

}  // namespace ofsearch
