// The words dates are printed with, loaded from corpus/date_words.tsv: month names and
// abbreviations with their numbers, weekday names, ordinal suffixes ("1st") and the
// words that join a range's ends ("to", "and", "between", "of", "the"). Looks words up
// in any case; a month marked capital-only ("May") counts only when printed with a
// capital. The date finder and the segmenter both read months from here.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ofsearch {

class DateWords {
 public:
  // What a word does in a date (the kind column of date_words.tsv).
  enum class Kind {
    month,
    weekday,
    ordinal,
    range_to,
    range_and,
    range_between,
    range_from,
    day_of,
    day_the
  };
  struct Word {
    Kind kind = Kind::month;
    int month = 0;  // 1-12 for a month, else 0
    bool operator==(const Word& o) const { return kind == o.kind && month == o.month; }
  };

  // Throws std::runtime_error naming file and line on an unknown kind, a month without
  // a number 1-12 or a word listed twice.
  static DateWords load(const std::filesystem::path& tsv);
  // Loaded once from ReferenceData::default_corpus_dir().
  static const DateWords& defaults();

  // The word as printed ("March", "Oct", "and"); nullopt for any other word, and for a
  // capital-only month printed in lower case ("may").
  std::optional<Word> find(std::string_view printed) const;
  // Whether a lower-case word is a month name or abbreviation, capital-only ones included.
  bool is_month(std::string_view lower_word) const;

 private:
  struct Entry {
    Word word;
    bool capital_only = false;
  };
  std::map<std::string, Entry, std::less<>> words_;  // lower case
};

}  // namespace ofsearch
