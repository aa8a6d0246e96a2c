#include "cli/pdf_fixtures.h"

#include <cstdio>
#include <random>
#include <sstream>

namespace ofsearch::testing {
namespace {

// Collects numbered objects and writes them with a byte-exact xref table.
class PdfWriter {
 public:
  int reserve() { return static_cast<int>(++count_); }
  void set(int number, const std::string& body) {
    if (bodies_.size() < static_cast<std::size_t>(number)) bodies_.resize(number);
    bodies_[number - 1] = body;
  }
  static std::string stream(const std::string& dictionary, const std::string& data) {
    return "<< " + dictionary + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data +
           "\nendstream";
  }
  std::string finish(int root) const {
    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < bodies_.size(); ++i) {
      offsets.push_back(out.size());
      out += std::to_string(i + 1) + " 0 obj\n" + bodies_[i] + "\nendobj\n";
    }
    std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(bodies_.size() + 1) + "\n0000000000 65535 f \n";
    char line[32];
    for (auto offset : offsets) {
      std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
      out += line;
    }
    out += "trailer\n<< /Size " + std::to_string(bodies_.size() + 1) + " /Root " +
           std::to_string(root) + " 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
  }

 private:
  std::size_t count_ = 0;
  std::vector<std::string> bodies_;
};

std::string pdf_string(const std::string& text) {
  std::string out = "(";
  for (unsigned char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += (c >= 32 && c < 127) ? static_cast<char>(c) : '?';
  }
  return out + ")";
}

// Catalog + page tree around pages made by `page_body(page_index, pages_id)`.
template <typename MakePage>
std::string build(int page_count, MakePage page_body) {
  PdfWriter pdf;
  int catalog = pdf.reserve(), pages = pdf.reserve();
  std::string kids;
  for (int i = 0; i < page_count; ++i) kids += std::to_string(page_body(pdf, i, pages)) + " 0 R ";
  pdf.set(catalog, "<< /Type /Catalog /Pages " + std::to_string(pages) + " 0 R >>");
  pdf.set(pages,
          "<< /Type /Pages /Kids [ " + kids + "] /Count " + std::to_string(page_count) + " >>");
  return pdf.finish(catalog);
}

}  // namespace

std::vector<std::string> wrap_lines(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string paragraph; std::getline(in, paragraph);) {
    if (paragraph.find_first_not_of(" \t\r") == std::string::npos) {
      if (!lines.empty() && !lines.back().empty()) lines.emplace_back();
      continue;
    }
    std::istringstream words(paragraph);
    std::string line;
    for (std::string word; words >> word;) {
      if (!line.empty() && line.size() + 1 + word.size() > width) {
        lines.push_back(line);
        line.clear();
      }
      line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

std::string text_pdf(const std::vector<std::string>& lines, std::size_t lines_per_page) {
  int page_count = static_cast<int>((lines.size() + lines_per_page - 1) / lines_per_page);
  if (page_count == 0) page_count = 1;
  return build(page_count, [&](PdfWriter& pdf, int index, int pages) {
    int page = pdf.reserve(), font = pdf.reserve(), contents = pdf.reserve();
    std::string ops = "BT /F1 10 Tf 14 TL 56 790 Td\n";
    for (std::size_t i = index * lines_per_page;
         i < lines.size() && i < (index + 1) * lines_per_page; ++i)
      ops += pdf_string(lines[i]) + " Tj T*\n";
    ops += "ET";
    pdf.set(font,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    pdf.set(contents, PdfWriter::stream("", ops));
    pdf.set(page, "<< /Type /Page /Parent " + std::to_string(pages) +
                      " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 " +
                      std::to_string(font) + " 0 R >> >> /Contents " + std::to_string(contents) +
                      " 0 R >>");
    return page;
  });
}

std::string image_only_pdf(int page_count) {
  return build(page_count, [](PdfWriter& pdf, int index, int pages) {
    int page = pdf.reserve(), image = pdf.reserve(), contents = pdf.reserve();
    std::string pixels;
    for (int i = 0; i < 64 * 64; ++i) pixels += static_cast<char>((i * 7 + index * 13) % 256);
    pdf.set(image, PdfWriter::stream("/Type /XObject /Subtype /Image /Width 64 /Height 64 "
                                     "/ColorSpace /DeviceGray /BitsPerComponent 8",
                                     pixels));
    pdf.set(contents, PdfWriter::stream("", "q 483 0 0 730 56 56 cm /Im1 Do Q"));
    pdf.set(page, "<< /Type /Page /Parent " + std::to_string(pages) +
                      " 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 " +
                      std::to_string(image) + " 0 R >> >> /Contents " + std::to_string(contents) +
                      " 0 R >>");
    return page;
  });
}

std::string junk_pdf(std::size_t size) {
  std::mt19937 random(20240501);
  std::string out = "%PDF-1.7\n";
  for (std::size_t i = 0; i < size; ++i) out += static_cast<char>(random() & 0xFF);
  return out;
}

}  // namespace ofsearch::testing
