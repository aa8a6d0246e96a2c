#include "indexer/extract/html_text_extractor.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "indexer/extract/html_entities.h"
#include "indexer/extract/html_furniture.h"
#include "indexer/extract/html_scanner.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

using html::Token;
using Kind = html::Token::Kind;

// Elements that are page furniture wherever they are.
constexpr std::array<std::string_view, 16> kDroppedTags = {
    "nav", "aside",  "script", "style",  "form",   "noscript", "template", "head",
    "svg", "button", "select", "iframe", "object", "canvas",   "dialog",   "title"};

constexpr std::array<std::string_view, 6> kFurnitureRoles = {
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog"};

constexpr std::array<std::string_view, 18> kBlockTags = {
    "p",  "div", "section", "article", "main", "blockquote", "figure", "figcaption", "address",
    "dl", "dt",  "dd",      "ul",      "ol",   "header",     "footer", "details",    "summary"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& set, std::string_view s) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool is_furniture(const Token& t, bool site_level) {
  if (in(kDroppedTags, t.name)) return true;
  // A header/footer inside <main> or <article> belongs to the content (title, dates).
  if (site_level && (t.name == "header" || t.name == "footer")) return true;
  bool hidden = false;
  html::attribute(t.text, "hidden", &hidden);
  if (hidden || lower(html::attribute(t.text, "aria-hidden")) == "true") return true;
  if (in(kFurnitureRoles, lower(html::attribute(t.text, "role")))) return true;
  std::string style = lower(html::attribute(t.text, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  if (style.find("display:none") != std::string::npos) return true;
  std::string names = lower(html::attribute(t.text, "class") + " " + html::attribute(t.text, "id"));
  // class/id fragments of cookie banners, breadcrumbs ... (corpus/html_furniture.tsv)
  return HtmlFurniture::defaults().marks_furniture(names);
}

// Index of the end tag closing the start tag at `start`; npos when it is never closed.
std::size_t matching_end(const std::vector<Token>& tokens, std::size_t start) {
  const Token& open = tokens[start];
  if (open.self_closing || html::is_void(open.name)) return start;
  int depth = 0;
  for (std::size_t i = start; i < tokens.size(); ++i) {
    if (tokens[i].name != open.name) continue;
    if (tokens[i].kind == Kind::Start && !tokens[i].self_closing) ++depth;
    if (tokens[i].kind == Kind::End && --depth == 0) return i;
  }
  return std::string::npos;
}

struct Region {
  std::size_t begin = 0, end = 0;  // token range
  bool site_level = true;          // no <main>/<article>: the whole body
};

// Prefers <main>, role=main, a main-content id (corpus/html_furniture.tsv), then
// <article>, then <body>.
Region main_region(const std::vector<Token>& tokens) {
  auto find = [&](auto pred) -> std::size_t {
    for (std::size_t i = 0; i < tokens.size(); ++i)
      if (tokens[i].kind == Kind::Start && pred(tokens[i])) return i;
    return std::string::npos;
  };
  auto id_is = [](const Token& t) {
    return HtmlFurniture::defaults().is_main_id(lower(html::attribute(t.text, "id")));
  };
  std::size_t start = find([](const Token& t) { return t.name == "main"; });
  if (start == std::string::npos)
    start = find([](const Token& t) { return lower(html::attribute(t.text, "role")) == "main"; });
  if (start == std::string::npos) start = find(id_is);
  if (start == std::string::npos) start = find([](const Token& t) { return t.name == "article"; });
  bool site_level = start == std::string::npos;
  if (site_level) start = find([](const Token& t) { return t.name == "body"; });
  if (start == std::string::npos) return {0, tokens.size(), true};
  std::size_t end = matching_end(tokens, start);
  return {start + 1, end == std::string::npos ? tokens.size() : end, site_level};
}

// Collects blocks: headings as '#' lines, list items as "- " lines, table rows as
// tab-separated lines, everything else as paragraphs.
class BlockWriter {
 public:
  void text(std::string_view raw) {
    std::string decoded = decode_html_entities(raw);
    std::string& dst = table_depth_ > 0 ? row_ : current_;
    for (char c : decoded) {
      if (std::isspace(static_cast<unsigned char>(c)) && !pre_) {
        if (!dst.empty() && dst.back() != ' ' && dst.back() != '\n' && dst.back() != '\t')
          dst += ' ';
      } else {
        dst += c;
      }
    }
  }

  void start(const Token& t) {
    const std::string& n = t.name;
    if (n == "table") {
      if (table_depth_++ == 0) flush();
    } else if (table_depth_ > 0) {
      table_tag(n, true);
    } else if (n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6') {
      flush();
      prefix_ = std::string(static_cast<std::size_t>(n[1] - '0'), '#') + " ";
    } else if (n == "li") {
      flush();
      prefix_ = "- ";
    } else if (n == "br") {
      trim_end(current_);
      if (!current_.empty()) current_ += '\n';
    } else if (n == "pre") {
      flush();
      pre_ = true;
    } else if (n == "hr" || in(kBlockTags, n)) {
      flush();
    }
  }

  void end(const Token& t) {
    const std::string& n = t.name;
    if (n == "table" && table_depth_ > 0) {
      if (--table_depth_ == 0) flush_table();
    } else if (table_depth_ > 0) {
      table_tag(n, false);
    } else if (n == "pre") {
      flush();
      pre_ = false;
    } else if ((n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6') || n == "li") {
      close_prefixed();
    } else if (in(kBlockTags, n)) {
      flush();
    }
  }

  std::string finish() {
    flush();
    if (table_depth_ > 0) flush_table();
    std::string out;
    for (const auto& b : blocks_) out += (out.empty() ? "" : "\n\n") + b;
    if (!out.empty()) out += '\n';
    return out;
  }

 private:
  std::vector<std::string> blocks_;
  std::string current_, prefix_;
  bool pre_ = false;
  int table_depth_ = 0;
  std::vector<std::string> rows_;
  std::string row_;
  int cells_ = 0;

  static void trim_end(std::string& s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  }

  static std::string trimmed(std::string s) {
    trim_end(s);
    std::size_t start = 0;
    while (start < s.size() && std::isspace(static_cast<unsigned char>(s[start]))) ++start;
    return s.substr(start);
  }

  // Ends the current block; a list item's or heading's prefix waits for its first text.
  void flush() {
    std::string text = trimmed(current_);
    current_.clear();
    if (text.empty()) return;
    blocks_.push_back(prefix_ + text);
    prefix_.clear();
  }

  void close_prefixed() {
    flush();
    prefix_.clear();
  }

  void table_tag(const std::string& n, bool opening) {
    if (table_depth_ > 1) {  // a nested table is read as the text of its cell
      if (!row_.empty() && row_.back() != ' ') row_ += ' ';
      return;
    }
    if (n == "tr") {
      end_row();
    } else if ((n == "td" || n == "th") && opening) {
      trim_end(row_);
      if (cells_++ > 0) row_ += '\t';
    } else if (n == "br" || n == "p" || n == "li" || n == "div") {
      if (!row_.empty() && row_.back() != ' ' && row_.back() != '\t') row_ += ' ';
    } else if (n == "caption" && !opening) {
      end_row();
    }
  }

  void end_row() {
    std::string row = trimmed(row_);
    if (!row.empty()) rows_.push_back(row);
    row_.clear();
    cells_ = 0;
  }

  void flush_table() {
    end_row();
    std::string text;
    for (const auto& r : rows_) text += (text.empty() ? "" : "\n") + r;
    if (!text.empty()) blocks_.push_back(text);
    rows_.clear();
  }
};

// Non-breaking spaces become spaces only in clean_text; squeeze the runs they leave.
std::string collapse_spaces(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == ' ' && (out.empty() || out.back() == ' ' || out.back() == '\n' || out.back() == '\t'))
      continue;
    if ((c == '\n' || c == '\t') && !out.empty() && out.back() == ' ') out.pop_back();
    out += c;
  }
  return out;
}

}  // namespace

std::string extract_html_text(std::string_view html_text) {
  const std::vector<Token> tokens = html::tokenize(html_text);
  const Region region = main_region(tokens);
  BlockWriter writer;
  for (std::size_t i = region.begin; i < region.end; ++i) {
    const Token& t = tokens[i];
    if (t.kind == Kind::Text) {
      writer.text(t.text);
    } else if (t.kind == Kind::End) {
      writer.end(t);
    } else if (is_furniture(t, region.site_level)) {
      std::size_t end = matching_end(tokens, i);
      if (end != std::string::npos) i = end;  // never closed: drop only the tag itself
    } else {
      writer.start(t);
      if (t.self_closing && !html::is_void(t.name)) writer.end(t);
    }
  }
  return collapse_spaces(clean_text(writer.finish()));
}

}  // namespace ofsearch
