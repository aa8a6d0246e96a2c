// A small tolerant HTML tokenizer: text runs, start and end tags with their raw
// attributes; comments, doctypes and the bodies of script/style are skipped. It never
// fails on malformed markup (a stray '<' is text, an unclosed tag ends the input).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ofsearch::html {

struct Token {
  enum class Kind { Text, Start, End };
  Kind kind = Kind::Text;
  std::string name;       // lower-case tag name (Start/End)
  std::string_view text;  // raw text (Text) or raw attribute string (Start)
  bool self_closing = false;
};

std::vector<Token> tokenize(std::string_view html);

// The value of attribute `name` in a start tag's raw attribute string ("" when absent;
// `present` tells a bare attribute like `hidden` from an absent one).
std::string attribute(std::string_view attrs, std::string_view name, bool* present = nullptr);

// Elements that never have content or an end tag.
bool is_void(std::string_view name);

}  // namespace ofsearch::html
