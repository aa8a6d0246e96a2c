#include "reference/date_extractor.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "reference/date_words.h"

namespace ofsearch {
namespace {

// The text as a sequence of date-relevant tokens; whitespace (line breaks included)
// separates tokens, so a date split across lines reads as one.
enum class Kind {
  Number,
  Month,
  Weekday,
  Conn,
  And,
  Of,
  The,
  Between,
  From,
  Comma,
  Numeric,
  Other
};

struct Token {
  Kind kind = Kind::Other;
  int value = 0;  // number value, month 1-12
  int digits = 0;
  int year = 0, month = 0, day = 0;  // a numeric date ("23/02/2022", "2022-02-23")
  std::size_t begin = 0, end = 0;
};

struct Ymd {
  int year = 0, month = 0, day = 0;
};

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Month and weekday names and the words of a range, from corpus/date_words.tsv.
Token word_token(std::string_view text, std::size_t begin, std::size_t end) {
  using Word = DateWords::Kind;
  Token t;
  t.begin = begin;
  t.end = end;
  auto word = DateWords::defaults().find(text.substr(begin, end - begin));
  if (!word) return t;
  switch (word->kind) {
    case Word::month:
      t.kind = Kind::Month;
      t.value = word->month;
      break;
    case Word::weekday:
      t.kind = Kind::Weekday;
      break;
    case Word::range_to:
      t.kind = Kind::Conn;
      break;
    case Word::range_and:
      t.kind = Kind::And;
      break;
    case Word::day_of:
      t.kind = Kind::Of;
      break;
    case Word::day_the:
      t.kind = Kind::The;
      break;
    case Word::range_between:
      t.kind = Kind::Between;
      break;
    case Word::range_from:
      t.kind = Kind::From;
      break;
    case Word::ordinal:
      break;  // read after a number (number_token, tokenize)
  }
  return t;
}

std::size_t digit_run(std::string_view text, std::size_t i) {
  std::size_t j = i;
  while (j < text.size() && is_digit(text[j])) ++j;
  return j - i;
}

// Digit runs longer than a date field are never dates; saturate instead of
// overflowing (UBSan, found by the query fuzzer on "2019-02-2833333333...").
int number_at(std::string_view text, std::size_t i, std::size_t n) {
  int v = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (v > 99999999) return 999999999;
    v = v * 10 + (text[i + k] - '0');
  }
  return v;
}

// "23/02/2022", "23.02.2022", "23-02-2022", "18/11/11" (day first, as in England)
// and ISO "2022-02-23", starting at a digit. Returns the end offset, or 0.
std::size_t numeric_date(std::string_view text, std::size_t i, Token& t) {
  std::size_t n1 = digit_run(text, i);
  std::size_t p = i + n1;
  if (p >= text.size() || (text[p] != '/' && text[p] != '-' && text[p] != '.')) return 0;
  char sep = text[p];
  std::size_t n2 = digit_run(text, p + 1);
  std::size_t q = p + 1 + n2;
  if (n2 < 1 || n2 > 2 || q >= text.size() || text[q] != sep) return 0;
  std::size_t n3 = digit_run(text, q + 1);
  std::size_t end = q + 1 + n3;
  if (end < text.size() && (is_alpha(text[end]) || text[end] == sep)) return 0;
  int a = number_at(text, i, n1), b = number_at(text, p + 1, n2), c = number_at(text, q + 1, n3);
  if (n1 == 4 && sep == '-' && n3 >= 1 && n3 <= 2) {
    t.year = a, t.month = b, t.day = c;
  } else if (n1 <= 2 && n3 == 4) {
    t.year = c, t.month = b, t.day = a;
  } else if (n1 <= 2 && n3 == 2 && sep == '/') {
    t.year = 2000 + c, t.month = b, t.day = a;
  } else {
    return 0;
  }
  if (!is_valid_date(t.year, t.month, t.day)) return 0;
  t.kind = Kind::Numeric;
  return end;
}

bool is_ordinal_suffix(std::string_view word) {
  auto w = DateWords::defaults().find(word);
  return w && w->kind == DateWords::Kind::ordinal;
}

// A number, optionally with an ordinal suffix ("1st", "22nd").
std::size_t number_token(std::string_view text, std::size_t i, Token& t) {
  std::size_t n = digit_run(text, i);
  std::size_t end = i + n;
  t.kind = Kind::Number;
  t.digits = static_cast<int>(n);
  t.value = n <= 6 ? number_at(text, i, n) : -1;
  if (end + 1 < text.size() && is_alpha(text[end]) && is_alpha(text[end + 1]) &&
      (end + 2 >= text.size() || !is_alpha(text[end + 2]))) {
    if (is_ordinal_suffix(text.substr(end, 2))) return end + 2;
  }
  if (end < text.size() && is_alpha(text[end])) t.kind = Kind::Other;  // "2WD"
  return end;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    std::size_t end = i + 1;
    if (is_alpha(c)) {
      end = i;
      while (end < text.size() && is_alpha(text[end])) ++end;
      t = word_token(text, i, end);
      // An abbreviated month may carry a full stop ("Oct."); it belongs to the word.
      if (t.kind == Kind::Month && end - i <= 4 && end < text.size() && text[end] == '.') ++end;
      // A superscript ordinal extracted as its own word ("19 th March") belongs to the day.
      if (is_ordinal_suffix(text.substr(i, end - i)) && !tokens.empty() &&
          tokens.back().kind == Kind::Number && tokens.back().digits <= 2) {
        tokens.back().end = end;
        i = end;
        continue;
      }
    } else if (is_digit(c)) {
      bool glued = i > 0 && (is_alpha(text[i - 1]) || text[i - 1] == '/' || text[i - 1] == '.');
      end = numeric_date(text, i, t);
      if (end == 0) end = number_token(text, i, t);
      if (glued) t.kind = Kind::Other;
    } else if (c == '-') {
      t.kind = Kind::Conn;
    } else if (text.substr(i, 3) == "\u2013" || text.substr(i, 3) == "\u2014") {
      t.kind = Kind::Conn;  // en and em dashes, should the text not be cleaned yet
      end = i + 3;
    } else if (c == '&') {
      t.kind = Kind::And;
    } else if (c == ',') {
      t.kind = Kind::Comma;
    } else {
      while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    }
    t.begin = i;
    t.end = end;
    tokens.push_back(t);
    i = end;
  }
  return tokens;
}

// A date as printed, possibly incomplete (a range's first half: "3", "28 November").
struct Partial {
  Ymd ymd;
  std::size_t first = 0, next = 0;  // token span [first, next)
};

class Parser {
 public:
  explicit Parser(const std::vector<Token>& tokens) : t_(tokens) {}

  bool is(std::size_t i, Kind k) const { return i < t_.size() && t_[i].kind == k; }
  bool is_day(std::size_t i) const {
    return is(i, Kind::Number) && t_[i].digits <= 2 && t_[i].value >= 1 && t_[i].value <= 31;
  }
  bool is_year(std::size_t i) const {
    return is(i, Kind::Number) && t_[i].digits == 4 && t_[i].value >= 1900 && t_[i].value <= 2099;
  }

  // [weekday] ([the] day [of] month [,] year | month day [,] year | numeric). Year may be missing
  // when allow_partial (then month may be missing too).
  std::optional<Partial> date_at(std::size_t i, bool allow_partial) const {
    // A weekday may lead ("Monday 5 March to Friday 9 March 2018"); the date starts after it.
    if (is(i, Kind::Weekday)) i += is(i + 1, Kind::Comma) ? 2 : 1;
    Partial p;
    p.first = i;
    if (is(i, Kind::Numeric)) {
      p.ymd = {t_[i].year, t_[i].month, t_[i].day};
      p.next = i + 1;
      return p;
    }
    std::size_t j = i;
    if (is(j, Kind::The)) ++j;
    if (is_day(j)) {
      p.ymd.day = t_[j].value;
      p.first = j;
      ++j;
      std::size_t k = is(j, Kind::Of) ? j + 1 : j;
      if (!is(k, Kind::Month)) return finish_partial(p, j, allow_partial);
      p.ymd.month = t_[k].value;
      j = k + 1;
      std::size_t y = is(j, Kind::Comma) ? j + 1 : j;
      if (is_year(y)) {
        p.ymd.year = t_[y].value;
        j = y + 1;
      }
      return finish_partial(p, j, allow_partial);
    }
    if (is(i, Kind::Month) && is_day(i + 1)) {
      std::size_t y = is(i + 2, Kind::Comma) ? i + 3 : i + 2;
      if (!is_year(y)) return std::nullopt;
      p.ymd = {t_[y].value, t_[i].value, t_[i + 1].value};
      p.next = y + 1;
      return p;
    }
    return std::nullopt;
  }

  // [between|from] A (to|-|and|until) B, B complete; A completed from B.
  std::optional<std::pair<Partial, Partial>> range_at(std::size_t i) const {
    std::size_t j = i;
    bool between = false;
    if (is(j, Kind::Between) || is(j, Kind::From)) {
      between = is(j, Kind::Between);
      ++j;
    }
    auto a = date_at(j, true);
    if (!a) return std::nullopt;
    std::size_t c = a->next;
    bool with_and = is(c, Kind::And);
    if (!with_and && (between || !is(c, Kind::Conn))) return std::nullopt;
    auto b = date_at(c + 1, false);
    if (!b || !complete(*a, *b, with_and && !between)) return std::nullopt;
    return std::make_pair(*a, *b);
  }

 private:
  std::optional<Partial> finish_partial(Partial& p, std::size_t next, bool allow_partial) const {
    p.next = next;
    if (p.ymd.year == 0 && !allow_partial) return std::nullopt;
    if (p.ymd.year != 0 && !is_valid_date(p.ymd.year, p.ymd.month, p.ymd.day)) return std::nullopt;
    return p;
  }

  // Fills A's missing month/year from B and checks A <= B within a plausible span.
  static bool complete(Partial& a, const Partial& b, bool pair_of_days);

  const std::vector<Token>& t_;
};

long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe;
}

long day_number(const Ymd& d) { return days_from_civil(d.year, d.month, d.day); }

bool Parser::complete(Partial& a, const Partial& b, bool pair_of_days) {
  Ymd& s = a.ymd;
  if (s.month == 0) s.month = b.ymd.month;
  if (s.year == 0) s.year = b.ymd.year - (s.month > b.ymd.month ? 1 : 0);
  if (!is_valid_date(s.year, s.month, s.day)) return false;
  long span = day_number(b.ymd) - day_number(s);
  // "X and Y" names two days of one visit; "X to Y" may be a longer period (a year at most).
  return span >= 0 && span <= (pair_of_days ? 31 : 366);
}

std::string iso(const Ymd& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// Walks the text once, reporting each range or single date.
template <typename OnRange, typename OnSingle>
void scan(std::string_view text, OnRange on_range, OnSingle on_single) {
  std::vector<Token> tokens = tokenize(text);
  Parser parser(tokens);
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (auto r = parser.range_at(i)) {
      on_range(tokens, r->first, r->second);
      i = r->second.next;
    } else if (auto d = parser.date_at(i, false)) {
      on_single(tokens, *d);
      i = d->next;
    } else {
      ++i;
    }
  }
}

std::size_t span_end(const std::vector<Token>& tokens, const Partial& p) {
  return tokens[p.next - 1].end;
}

}  // namespace

std::string compact_date(std::string_view iso) {
  std::string out;
  for (char c : iso) {
    if (c != '-') out += c;
  }
  return out;
}

bool is_valid_date(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max;
}

std::vector<FoundDate> find_dates(std::string_view text) {
  std::vector<FoundDate> out;
  auto add = [&](const std::vector<Token>& t, const Partial& p) {
    std::size_t begin = t[p.first].begin;
    out.push_back({iso(p.ymd), begin, span_end(t, p) - begin});
  };
  scan(
      text,
      [&](const std::vector<Token>& t, const Partial& a, const Partial& b) {
        add(t, a);
        add(t, b);
      },
      add);
  return out;
}

std::vector<FoundRange> find_date_ranges(std::string_view text) {
  std::vector<FoundRange> out;
  scan(
      text,
      [&](const std::vector<Token>& t, const Partial& a, const Partial& b) {
        std::size_t begin = t[a.first].begin;
        out.push_back({{iso(a.ymd), iso(b.ymd)}, begin, span_end(t, b) - begin});
      },
      [&](const std::vector<Token>& t, const Partial& d) {
        std::size_t begin = t[d.first].begin;
        out.push_back({{iso(d.ymd), iso(d.ymd)}, begin, span_end(t, d) - begin});
      });
  return out;
}

std::optional<DateRange> find_date_range(std::string_view text) {
  std::vector<FoundRange> ranges = find_date_ranges(text);
  if (ranges.empty()) return std::nullopt;
  return ranges.front().range;
}

std::optional<std::string> parse_date(std::string_view text) {
  auto trim_char = [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == ';' ||
           c == ':' || c == '(' || c == ')' || c == '[' || c == ']';
  };
  // A short label before the date ("Published: 18 November 2011") is not part of it.
  if (std::size_t colon = text.find(':');
      colon != std::string_view::npos && colon <= 40 &&
      std::none_of(text.begin(), text.begin() + colon, is_digit)) {
    text.remove_prefix(colon + 1);
  }
  while (!text.empty() && trim_char(text.front())) text.remove_prefix(1);
  while (!text.empty() && trim_char(text.back())) text.remove_suffix(1);
  // The whole string must be one date, so "11 may 2018" cannot mean the verb:
  // capitalise words so the month rule for running text does not apply.
  std::string capitalised(text);
  for (std::size_t i = 0; i < capitalised.size(); ++i) {
    bool word_start = i == 0 || !std::isalpha(static_cast<unsigned char>(capitalised[i - 1]));
    if (word_start)
      capitalised[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalised[i])));
  }
  std::vector<Token> tokens = tokenize(capitalised);
  Parser parser(tokens);
  auto d = parser.date_at(0, false);
  if (!d || d->next != tokens.size()) return std::nullopt;
  return iso(d->ymd);
}

}  // namespace ofsearch
