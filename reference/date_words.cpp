#include "reference/date_words.h"

#include <cctype>
#include <cstdlib>
#include <stdexcept>

#include "reference/reference_data.h"
#include "reference/tsv_reader.h"

namespace ofsearch {
namespace {

using Kind = DateWords::Kind;

std::runtime_error row_error(const std::filesystem::path& file, int line, const std::string& what) {
  return std::runtime_error(file.string() + ":" + std::to_string(line) + ": " + what);
}

Kind kind_named(const std::string& name, const std::filesystem::path& file, int line) {
  static const std::map<std::string, Kind, std::less<>> kKinds = {
      {"month", Kind::month},           {"weekday", Kind::weekday},
      {"ordinal", Kind::ordinal},       {"range_to", Kind::range_to},
      {"range_and", Kind::range_and},   {"range_between", Kind::range_between},
      {"range_from", Kind::range_from}, {"day_of", Kind::day_of},
      {"day_the", Kind::day_the}};
  auto it = kKinds.find(name);
  if (it == kKinds.end()) throw row_error(file, line, "unknown kind '" + name + "'");
  return it->second;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

DateWords DateWords::load(const std::filesystem::path& tsv) {
  TsvTable table = read_tsv(tsv);
  DateWords words;
  for (const auto& row : table.rows) {
    Entry entry;
    entry.word.kind = kind_named(table.cell(row, "kind"), tsv, row.line);
    std::string word = lower(table.cell(row, "word"));
    if (word.empty()) throw row_error(tsv, row.line, "empty word");
    if (entry.word.kind == Kind::month) {
      entry.word.month = std::atoi(table.cell(row, "value").c_str());
      if (entry.word.month < 1 || entry.word.month > 12) {
        throw row_error(tsv, row.line, "month '" + word + "' needs a number 1-12");
      }
    }
    entry.capital_only = table.cell(row, "capital") == "yes";
    if (!words.words_.emplace(word, entry).second) {
      throw row_error(tsv, row.line, "'" + word + "' listed twice");
    }
  }
  return words;
}

const DateWords& DateWords::defaults() {
  static const DateWords words = load(ReferenceData::default_corpus_dir() / "date_words.tsv");
  return words;
}

std::optional<DateWords::Word> DateWords::find(std::string_view printed) const {
  if (printed.empty()) return std::nullopt;
  auto it = words_.find(lower(printed));
  if (it == words_.end()) return std::nullopt;
  if (it->second.capital_only && !std::isupper(static_cast<unsigned char>(printed[0]))) {
    return std::nullopt;
  }
  return it->second.word;
}

bool DateWords::is_month(std::string_view lower_word) const {
  auto it = words_.find(lower_word);
  return it != words_.end() && it->second.word.kind == Kind::month;
}

}  // namespace ofsearch
