// The class and id names that mark an HTML page's furniture (cookie banners,
// breadcrumbs, gov.uk headers and footers ...) and its main content, loaded from
// corpus/html_furniture.tsv. Matches on lower-cased attribute values.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ofsearch {

class HtmlFurniture {
 public:
  // Throws std::runtime_error naming file and line on an unknown kind or empty text.
  static HtmlFurniture load(const std::filesystem::path& tsv);
  // Loaded once from ReferenceData::default_corpus_dir().
  static const HtmlFurniture& defaults();

  // Whether lower-cased class and id names contain a furniture mark ("govuk-header").
  bool marks_furniture(std::string_view lower_names) const;
  // Whether a lower-cased id is that of the main content ("main-content").
  bool is_main_id(std::string_view lower_id) const;

 private:
  std::vector<std::string> marks_;
  std::vector<std::string> main_ids_;
};

}  // namespace ofsearch
