#include "indexer/extract/html_scanner.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace ofsearch::html {
namespace {

constexpr std::array<std::string_view, 16> kVoid = {
    "area", "base", "br",    "col",    "embed", "hr",  "img",    "input",
    "link", "meta", "param", "source", "track", "wbr", "keygen", "command"};

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_';
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Index just past the '>' closing a tag that starts at `from`, honouring quotes.
std::size_t tag_end(std::string_view html, std::size_t from) {
  char quote = 0;
  for (std::size_t i = from; i < html.size(); ++i) {
    char c = html[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return html.size();
}

// Case-insensitive search for "</name" from `from`.
std::size_t find_close(std::string_view html, std::string_view name, std::size_t from) {
  for (std::size_t i = html.find("</", from); i != std::string_view::npos;
       i = html.find("</", i + 2)) {
    if (html.size() - i - 2 < name.size()) break;
    bool match = true;
    for (std::size_t k = 0; k < name.size() && match; ++k)
      match = std::tolower(static_cast<unsigned char>(html[i + 2 + k])) == name[k];
    if (match) return i;
  }
  return html.size();
}

}  // namespace

bool is_void(std::string_view name) {
  return std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end();
}

std::vector<Token> tokenize(std::string_view html) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  auto push_text = [&](std::size_t from, std::size_t to) {
    if (to > from) tokens.push_back({Token::Kind::Text, {}, html.substr(from, to - from), false});
  };
  while (i < html.size()) {
    std::size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) {
      push_text(i, html.size());
      break;
    }
    push_text(i, lt);
    std::string_view rest = html.substr(lt);
    if (rest.substr(0, 4) == "<!--") {
      auto end = html.find("-->", lt + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (rest.substr(0, 9) == "<![CDATA[") {
      auto end = html.find("]]>", lt + 9);
      push_text(lt + 9, end == std::string_view::npos ? html.size() : end);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?')) {
      i = tag_end(html, lt);
      continue;
    }
    bool closing = rest.size() > 1 && rest[1] == '/';
    std::size_t name_start = lt + (closing ? 2 : 1);
    std::size_t name_end = name_start;
    while (name_end < html.size() && is_name_char(html[name_end])) ++name_end;
    if (name_end == name_start || !std::isalpha(static_cast<unsigned char>(html[name_start]))) {
      push_text(lt, lt + 1);  // a literal '<'
      i = lt + 1;
      continue;
    }
    std::size_t end = tag_end(html, name_end);
    Token tag;
    tag.kind = closing ? Token::Kind::End : Token::Kind::Start;
    tag.name = lower(html.substr(name_start, name_end - name_start));
    std::size_t attrs_end = end > name_end && html[end - 1] == '>' ? end - 1 : end;
    tag.self_closing = !closing && attrs_end > name_end && html[attrs_end - 1] == '/';
    tag.text = html.substr(name_end, attrs_end - name_end);
    tokens.push_back(tag);
    i = end;
    if (!closing &&
        (tag.name == "script" || tag.name == "style")) {  // raw text: skip to its end tag
      std::size_t close = find_close(html, tag.name, i);
      tokens.push_back({Token::Kind::End, tag.name, {}, false});
      i = close < html.size() ? tag_end(html, close) : html.size();
    }
  }
  return tokens;
}

std::string attribute(std::string_view attrs, std::string_view name, bool* present) {
  if (present) *present = false;
  std::size_t i = 0;
  while (i < attrs.size()) {
    while (i < attrs.size() &&
           (std::isspace(static_cast<unsigned char>(attrs[i])) || attrs[i] == '/'))
      ++i;
    std::size_t key_start = i;
    while (i < attrs.size() && !std::isspace(static_cast<unsigned char>(attrs[i])) &&
           attrs[i] != '=')
      ++i;
    std::string key = lower(attrs.substr(key_start, i - key_start));
    while (i < attrs.size() && std::isspace(static_cast<unsigned char>(attrs[i]))) ++i;
    std::string_view value;
    if (i < attrs.size() && attrs[i] == '=') {
      ++i;
      while (i < attrs.size() && std::isspace(static_cast<unsigned char>(attrs[i]))) ++i;
      if (i < attrs.size() && (attrs[i] == '"' || attrs[i] == '\'')) {
        char q = attrs[i++];
        std::size_t end = attrs.find(q, i);
        if (end == std::string_view::npos) end = attrs.size();
        value = attrs.substr(i, end - i);
        i = end + 1;
      } else {
        std::size_t start = i;
        while (i < attrs.size() && !std::isspace(static_cast<unsigned char>(attrs[i]))) ++i;
        value = attrs.substr(start, i - start);
      }
    }
    if (key.empty()) {
      ++i;
      continue;
    }
    if (key == name) {
      if (present) *present = true;
      return std::string(value);
    }
  }
  return {};
}

}  // namespace ofsearch::html
