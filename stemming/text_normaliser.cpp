#include "stemming/text_normaliser.h"

#include <utf8proc.h>

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace ofsearch {
namespace {

// Characters PDFs and word processors use where plain text has ASCII.
std::string replacement_for(utf8proc_int32_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
    case 0x0060:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return "-";
    case 0x00A0:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return " ";
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return "";
    case 0x2022:
    case 0x25AA:
    case 0x25A0:
    case 0x25FC:
    case 0x25CF:
    case 0x25E6:
    case 0x2023:
    case 0x2043:
    case 0x25B6:
    case 0xF0B7:
    case 0xF0A7:
    case 0x2219:
      return "\xE2\x80\xA2";  // every bullet glyph -> U+2022
    default:
      return {};
  }
}

bool has_replacement(utf8proc_int32_t c) {
  return !replacement_for(c).empty() || c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D ||
         c == 0x2060 || c == 0xFEFF;
}

void append_utf8(std::string& out, utf8proc_int32_t c) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(c, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

std::string map_with(std::string_view utf8, int options) {
  utf8proc_uint8_t* result = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                        static_cast<utf8proc_ssize_t>(utf8.size()), &result,
                        static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(utf8);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(result, &std::free);
  return std::string(reinterpret_cast<const char*>(result), static_cast<std::size_t>(n));
}

bool is_plain_ascii(std::string_view text) {
  for (char c : text) {
    if (c == 0 || static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::size_t character_start_at_or_before(std::string_view utf8, std::size_t pos) {
  if (pos >= utf8.size()) return utf8.size();
  while (pos > 0 && (static_cast<unsigned char>(utf8[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(bytes.size());
  while (left > 0) {
    utf8proc_int32_t c;
    auto n = utf8proc_iterate(p, left, &c);
    if (n < 0) {
      append_utf8(out, 0xFFFD);
      n = 1;
    } else if (c == 0) {
      out.push_back(' ');  // NUL bytes would truncate C strings downstream
    } else {
      out.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
    }
    p += n;
    left -= n;
  }
  return out;
}

std::string clean_text(std::string_view utf8) {
  // Most report text is plain ASCII, which needs no mapping at all (NUL aside).
  if (is_plain_ascii(utf8)) return std::string(utf8);
  std::string valid = repair_utf8(utf8);
  std::string out;
  out.reserve(valid.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(valid.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(valid.size());
  while (left > 0) {
    utf8proc_int32_t c;
    auto n = utf8proc_iterate(p, left, &c);
    if (has_replacement(c)) {
      out += replacement_for(c);
    } else if (c >= 0xFB00 && c <= 0xFB06) {
      // Ligatures: compatibility decomposition gives ff, fi, fl, ffi, ffl, st.
      out += map_with(std::string_view(reinterpret_cast<const char*>(p), n),
                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    } else {
      out.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
    }
    p += n;
    left -= n;
  }
  return map_with(out, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string normalise_for_index(std::string_view utf8) {
  if (is_plain_ascii(utf8)) return std::string(utf8);
  return map_with(clean_text(utf8), UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK);
}

std::string fold_key(std::string_view utf8) {
  std::string folded =
      map_with(normalise_for_index(utf8), UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  std::string out;
  bool pending_space = false;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    bool word_char = std::isalnum(c) || c >= 0x80;
    if (c == '&') {
      if (!out.empty()) out += ' ';
      out += "and";
      pending_space = true;
    } else if (c == '\'') {
      // Apostrophes join: "children's" -> "childrens", so either spelling matches.
    } else if (word_char) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out.push_back(static_cast<char>(c));
    } else {
      pending_space = true;
    }
  }
  return out;
}

std::string slugify(std::string_view utf8) {
  std::string key = fold_key(utf8);
  for (auto& c : key) {
    if (c == ' ') c = '-';
  }
  return key;
}

}  // namespace ofsearch
