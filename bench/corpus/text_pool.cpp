#include "bench/corpus/text_pool.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <unordered_set>

#include <unistd.h>

namespace ofsearch::bench {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMinParagraph = 150, kMaxParagraph = 1200;
constexpr std::size_t kMinSentence = 40, kMaxSentence = 450;

std::string slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r\f");
  if (b == std::string::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r\f");
  return s.substr(b, e - b + 1);
}

// Drops a leading list marker or paragraph number: "- ", "* ", "\u2022", "\uf0b7", "12. ", "2.3 ".
std::string strip_marker(std::string line) {
  for (const char* bullet : {"- ", "* ", "\u2022", "\uf0b7", "\u25cf"}) {
    std::size_t n = std::char_traits<char>::length(bullet);
    if (line.compare(0, n, bullet) == 0) return trim(line.substr(n));
  }
  std::size_t i = 0;
  while (i < line.size() && (std::isdigit(static_cast<unsigned char>(line[i])) || line[i] == '.'))
    ++i;
  if (i > 0 && i < line.size() && line[i] == ' ' && line[i - 1] == '.') return trim(line.substr(i));
  if (i > 0 && i < line.size() && line[i] == ' ' && line.find('.') < i) return trim(line.substr(i));
  return line;
}

bool starts_item(const std::string& line) { return strip_marker(line) != line; }

// Blocks of text: runs of non-blank lines joined by spaces; a list item or numbered
// line starts a new block (the bundled texts put numbered paragraphs on consecutive lines).
std::vector<std::string> blocks_of(const std::string& text) {
  std::vector<std::string> blocks;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) blocks.push_back(current);
    current.clear();
  };
  std::istringstream in(text);
  for (std::string raw; std::getline(in, raw);) {
    std::string line = trim(raw);
    if (line.empty() || line.find('\t') != std::string::npos) {
      flush();
      continue;
    }
    if (starts_item(line)) flush();
    line = strip_marker(line);
    // pdftotext leaves "\f" page breaks and lone page numbers: never prose.
    if (std::all_of(line.begin(), line.end(), [](unsigned char c) { return std::isdigit(c); })) {
      continue;
    }
    current += (current.empty() ? "" : " ") + line;
  }
  flush();
  return blocks;
}

bool is_upper_start(const std::string& s) {
  unsigned char c = s.empty() ? 0 : static_cast<unsigned char>(s[0]);
  return std::isupper(c) || c == '{';
}

bool ends_sentence(const std::string& s) { return !s.empty() && (s.back() == '.'); }

// Web and letter furniture never belongs to prose.
bool looks_like_furniture(const std::string& s) {
  for (const char* bad : {"www.", "@", "http", "\u00a9", "Crown copyright", "\xef\xbf\xbd"}) {
    if (s.find(bad) != std::string::npos) return true;
  }
  std::size_t digits =
      std::count_if(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
  return digits * 8 > s.size();
}

bool abbreviation_before(const std::string& s, std::size_t dot) {
  static const char* kAbbrev[] = {"Mr", "Ms", "Mrs", "Dr", "e.g", "i.e", "No", "St", "etc"};
  for (const char* a : kAbbrev) {
    std::size_t n = std::char_traits<char>::length(a);
    if (dot >= n && s.compare(dot - n, n, a) == 0 &&
        (dot == n || !std::isalpha(static_cast<unsigned char>(s[dot - n - 1]))))
      return true;
  }
  return false;
}

std::vector<std::string> sentences_of(const std::string& block) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < block.size(); ++i) {
    if ((block[i] == '.' || block[i] == '?') && block[i + 1] == ' ' &&
        is_upper_start(block.substr(i + 2, 1)) && !abbreviation_before(block, i)) {
      out.push_back(block.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  out.push_back(block.substr(start));
  return out;
}

// Replaces every mention of an authority (not another body such as its police) by the mark.
std::string mark_authorities(const std::string& text, const AuthorityGazetteer& authorities) {
  std::string out;
  std::size_t at = 0;
  for (const auto& m : authorities.mentions(text)) {
    if (m.other_body || m.offset < at) continue;
    out += text.substr(at, m.offset - at);
    out += kAuthorityMark;
    at = m.offset + m.length;
  }
  return out + text.substr(at);
}

}  // namespace

TextPool TextPool::from_texts(const std::vector<std::string>& texts,
                              const std::vector<std::string>& names,
                              const AuthorityGazetteer& authorities) {
  TextPool pool;
  pool.sources = names;
  std::unordered_set<std::string> seen;
  for (const auto& text : texts) {
    for (const auto& raw : blocks_of(text)) {
      if (raw.size() < kMinSentence || looks_like_furniture(raw)) continue;
      std::string block = mark_authorities(raw, authorities);
      if (block.size() >= kMinParagraph && block.size() <= kMaxParagraph && is_upper_start(block) &&
          ends_sentence(block) && seen.insert(block).second) {
        pool.paragraphs.push_back(block);
      }
      for (auto& s : sentences_of(block)) {
        if (s.size() < kMinSentence || s.size() > kMaxSentence || !is_upper_start(s) ||
            !ends_sentence(s) || !seen.insert(s).second)
          continue;
        pool.sentences.push_back(std::move(s));
      }
    }
  }
  if (pool.sentences.empty()) throw std::runtime_error("the text pool found no prose sentences");
  return pool;
}

void TextPool::save(const fs::path& file) const {
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  for (const auto& s : sources) out << "F\t" << s << '\n';
  for (const auto& p : paragraphs) out << "P\t" << p << '\n';
  for (const auto& s : sentences) out << "S\t" << s << '\n';
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

TextPool TextPool::load(const fs::path& file) {
  TextPool pool;
  std::istringstream in(slurp(file));
  for (std::string line; std::getline(in, line);) {
    if (line.size() < 2 || line[1] != '\t') continue;
    std::string body = line.substr(2);
    if (line[0] == 'F') pool.sources.push_back(body);
    if (line[0] == 'P') pool.paragraphs.push_back(body);
    if (line[0] == 'S') pool.sentences.push_back(body);
  }
  if (pool.sentences.empty()) throw std::runtime_error("empty text pool " + file.string());
  return pool;
}

std::vector<std::pair<std::string, std::string>> read_text_files(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& f : files) out.emplace_back(f.filename().string(), slurp(f));
  return out;
}

std::vector<std::pair<std::string, std::string>> read_pdf_files(const fs::path& dir, int threads) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ".pdf") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  fs::path tmp = fs::temp_directory_path() / ("ofsearch-bench-pdf-" + std::to_string(::getpid()));
  fs::create_directories(tmp);
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  auto work = [&] {
    for (std::size_t i; (i = next++) < files.size();) {
      fs::path out = tmp / (std::to_string(i) + ".txt");
      std::string cmd =
          "pdftotext -q -enc UTF-8 '" + files[i].string() + "' '" + out.string() + "'";
      if (std::system(cmd.c_str()) != 0) failed = true;
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < std::max(1, threads); ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();
  std::vector<std::pair<std::string, std::string>> texts;
  for (std::size_t i = 0; i < files.size() && !failed; ++i) {
    texts.emplace_back(files[i].filename().string(), slurp(tmp / (std::to_string(i) + ".txt")));
  }
  fs::remove_all(tmp);
  if (failed) throw std::runtime_error("pdftotext failed on a file under " + dir.string());
  return texts;
}

}  // namespace ofsearch::bench
