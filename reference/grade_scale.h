// The Ofsted judgement scale, loaded from corpus/grades.tsv: recognises grade
// phrases as printed ("Requires improvement to be good", "Grade 3 (Adequate)",
// "inadequate", and in the plural "require improvement") and maps words and levels both
// ways. Phrases live in the data file.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ofsearch {

// A judgement word on the scale: outstanding(1), good(2),
// requires-improvement(3), adequate(3), inadequate(4).
struct Grade {
  std::string word;  // canonical id, e.g. "requires-improvement"
  int level = 0;     // 1..4
  bool operator==(const Grade& o) const { return word == o.word && level == o.level; }
};

class GradeScale {
 public:
  static GradeScale load(const std::filesystem::path& tsv);

  // The grade a phrase names when the whole phrase is a grade ("Good",
  // "requires improvement to be good", "Grade 1 (Outstanding)", "4"). Case-insensitive.
  std::optional<Grade> parse(std::string_view phrase) const;

  // The grade whose phrase ends `text` (after trailing punctuation), e.g.
  // "... children in care: requires improvement to be good" -> requires-improvement;
  // *rest gets the text before the grade with trailing ":-" and spaces removed.
  std::optional<Grade> parse_suffix(std::string_view text, std::string* rest = nullptr) const;

  // `text` with each grade phrase printed in the plural read in the singular, as
  // grades.tsv's plural column lists ("services require improvement" -> "services
  // requires improvement"); the first letter may be either case, the rest as listed.
  std::string singular_form(std::string_view text) const;
  // parse(), also when the phrase is in the plural ("Require improvement").
  std::optional<Grade> parse_any_number(std::string_view phrase) const;

  // Canonical grade words at a level (3 -> adequate, requires-improvement).
  std::vector<std::string> words_at_level(int level) const;
  std::optional<Grade> by_word(std::string_view word) const;
  const std::vector<Grade>& all() const { return grades_; }

 private:
  struct Phrase {
    std::string folded;  // lower-case words separated by single spaces
    Grade grade;
  };
  std::vector<Grade> grades_;
  std::vector<Phrase> phrases_;  // longest first
  struct Plural {
    std::string plural;    // "require improvement"
    std::string singular;  // "requires improvement"
  };
  std::vector<Plural> plurals_;
};

}  // namespace ofsearch
