// The phrase lists the paragraph segmenter reads report structure with, loaded from
// corpus/boilerplate.tsv (letterheads, sign-offs, copyright, web furniture...),
// corpus/segmenter_cues.tsv (table headers, part headings, grade-key pages, function
// words) and corpus/date_words.tsv (months). Answers "is this line a ..." questions; holds no state
// per document.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/segment/boilerplate_kind.h"
#include "reference/date_words.h"

namespace ofsearch {

struct BoilerplateRule {
  enum class Match { prefix, contains, equals, raw_prefix, raw_contains, raw_suffix };
  BoilerplateKind kind = BoilerplateKind::none;
  Match match = Match::prefix;
  int max_words = 0;   // 0: any length
  std::string phrase;  // folded for word matches, lower-cased for raw matches
};

class SegmenterCues {
 public:
  // Reads boilerplate.tsv, segmenter_cues.tsv and date_words.tsv from corpus_dir; throws
  // std::runtime_error naming the file on a missing file or a bad row.
  static SegmenterCues load(const std::filesystem::path& corpus_dir);
  // Loaded once from ReferenceData::default_corpus_dir().
  static const SegmenterCues& defaults();

  // The kind of the first boilerplate rule `text` matches, if any. `folded` is
  // fold_key(text); `words` its word count.
  std::optional<BoilerplateKind> boilerplate_kind(std::string_view text, std::string_view folded,
                                                  int words) const;

  // Whether the folded text ends with a salutation ("... LE3 8RA dear ms moore"):
  // an address block glued to the "Dear ..." line by the text extractor.
  bool ends_with_salutation(std::string_view folded) const;

  // Whether folded text equals / starts with (whole words) a phrase of `kind`.
  bool equals(std::string_view kind, std::string_view folded) const;
  bool starts_with(std::string_view kind, std::string_view folded) const;
  // The value column of the first phrase of `kind` that folded starts with or
  // contains (whole words), searched in file order.
  std::optional<std::string> value_in(std::string_view kind, std::string_view folded) const;

  bool is_function_word(std::string_view folded_word) const;
  bool is_month(std::string_view folded_word) const;

 private:
  std::vector<BoilerplateRule> rules_;
  std::map<std::string, std::vector<std::pair<std::string, std::string>>, std::less<>> cues_;
  std::set<std::string, std::less<>> function_words_;
  DateWords date_words_;
};

}  // namespace ofsearch
