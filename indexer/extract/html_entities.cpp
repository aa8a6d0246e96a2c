#include "indexer/extract/html_entities.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <utility>

#include "indexer/extract/text_decoding.h"

namespace ofsearch {
namespace {

// The named references that occur in English report pages; sorted for binary search.
constexpr std::array<std::pair<std::string_view, std::uint32_t>, 52> kNamed = {{
    {"aacute", 0xE1},   {"acirc", 0xE2},   {"agrave", 0xE0},  {"amp", 0x26},      {"apos", 0x27},
    {"auml", 0xE4},     {"bull", 0x2022},  {"ccedil", 0xE7},  {"cent", 0xA2},     {"copy", 0xA9},
    {"deg", 0xB0},      {"eacute", 0xE9},  {"ecirc", 0xEA},   {"egrave", 0xE8},   {"euml", 0xEB},
    {"euro", 0x20AC},   {"frac12", 0xBD},  {"gt", 0x3E},      {"hellip", 0x2026}, {"iacute", 0xED},
    {"iuml", 0xEF},     {"laquo", 0xAB},   {"ldquo", 0x201C}, {"lsaquo", 0x2039}, {"lsquo", 0x2018},
    {"lt", 0x3C},       {"mdash", 0x2014}, {"middot", 0xB7},  {"minus", 0x2212},  {"nbsp", 0xA0},
    {"ndash", 0x2013},  {"oacute", 0xF3},  {"ocirc", 0xF4},   {"ouml", 0xF6},     {"para", 0xB6},
    {"pound", 0xA3},    {"quot", 0x22},    {"raquo", 0xBB},   {"rdquo", 0x201D},  {"reg", 0xAE},
    {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"sect", 0xA7},     {"shy", 0xAD},
    {"thinsp", 0x2009}, {"times", 0xD7},   {"trade", 0x2122}, {"uacute", 0xFA},   {"uuml", 0xFC},
    {"zwj", 0x200D},    {"zwnj", 0x200C},
}};

// Parses the reference body between '&' and ';'; returns false if not one we know.
bool decode_one(std::string_view body, std::uint32_t& cp) {
  if (body.size() >= 2 && body[0] == '#') {
    bool hex = body[1] == 'x' || body[1] == 'X';
    auto digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return false;
    cp = 0;
    for (char c : digits) {
      int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
              : hex && std::isxdigit(static_cast<unsigned char>(c))
                  ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                  : -1;
      if (v < 0) return false;
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
    }
    return true;
  }
  auto it =
      std::lower_bound(kNamed.begin(), kNamed.end(), body,
                       [](const auto& entry, std::string_view key) { return entry.first < key; });
  if (it == kNamed.end() || it->first != body) return false;
  cp = it->second;
  return true;
}

}  // namespace

std::string decode_html_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    auto semi = text.find(';', i + 1);
    std::uint32_t cp = 0;
    if (semi != std::string_view::npos && semi - i <= 10 &&
        decode_one(text.substr(i + 1, semi - i - 1), cp)) {
      append_utf8(out, cp == 0 ? 0xFFFD : cp);  // &#0; is not a character
      i = semi;
    } else {
      out += '&';
    }
  }
  return out;
}

}  // namespace ofsearch
