#include "indexer/extract/pdf_text_extractor.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <cctype>
#include <climits>
#include <memory>
#include <mutex>

#include "indexer/extract/document_reader.h"
#include "indexer/extract/pdf_layout.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

// Poppler reports recoverable damage on stderr; our own errors say what matters.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(
      once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

bool is_bold(const std::string& font) {
  for (const char* mark : {"Bold", "bold", "Black", "Heavy", "Semibold", "Demi"})
    if (font.find(mark) != std::string::npos) return true;
  return false;
}

std::string to_utf8(const poppler::ustring& s) {
  auto bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

pdf::Page read_page(const poppler::page& page) {
  pdf::Page out;
  auto rect = page.page_rect();
  out.width = rect.width();
  out.height = rect.height();
  for (const auto& box : page.text_list(poppler::page::text_list_include_font)) {
    auto bbox = box.bbox();
    pdf::Word w;
    w.text = to_utf8(box.text());
    w.left = bbox.left();
    w.top = bbox.top();
    w.right = bbox.right();
    w.bottom = bbox.bottom();
    w.font_size = box.has_font_info() ? box.get_font_size() : bbox.height();
    if (w.font_size <= 0) w.font_size = bbox.height();
    w.bold = box.has_font_info() && is_bold(box.get_font_name());
    w.space_after = box.has_space_after();
    out.words.push_back(std::move(w));
  }
  return out;
}

// Poppler builds a colour transform from a PDF/A output intent's ICC profile for
// every page (80% of the time on Word exports); text needs no colour, so the
// catalog key is renamed (same length: offsets stay valid) to make poppler skip it.
std::string without_output_intents(std::string_view bytes) {
  std::string copy(bytes);
  constexpr std::string_view key = "/OutputIntents";
  for (auto at = copy.find(key); at != std::string::npos; at = copy.find(key, at + key.size()))
    copy[at + key.size() - 1] = 'X';
  return copy;
}

std::size_t count_alnum(const std::vector<pdf::Page>& pages) {
  std::size_t n = 0;
  for (const auto& page : pages)
    for (const auto& w : page.words)
      for (char c : w.text) n += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
  return n;
}

}  // namespace

std::string extract_pdf_text(std::string_view pdf_bytes) {
  silence_poppler();
  if (pdf_bytes.size() > static_cast<std::size_t>(INT_MAX)) throw IngestError("file too large");
  const std::string bytes = without_output_intents(pdf_bytes);  // must outlive `doc`
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    // Poppler gives no reason; an /Encrypt dictionary tells the two failures apart.
    if (pdf_bytes.find("/Encrypt") != std::string_view::npos) throw IngestError("encrypted PDF");
    throw IngestError("corrupt or unreadable PDF");
  }
  if (doc->is_locked()) throw IngestError("encrypted PDF");
  const int count = doc->pages();
  if (count <= 0) throw IngestError("corrupt or unreadable PDF");

  std::vector<pdf::Page> pages;
  pages.reserve(static_cast<std::size_t>(count));
  int readable = 0;
  for (int i = 0; i < count; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    // An unreadable page stays as an empty one, so later pages keep their numbers.
    pages.push_back(page ? read_page(*page) : pdf::Page{});
    readable += page ? 1 : 0;
  }
  if (readable == 0) throw IngestError("corrupt or unreadable PDF");
  // A scan may carry a stray stamp or page number, never running text.
  if (count_alnum(pages) < 20 * pages.size()) throw IngestError("no text layer: OCR it first");
  return clean_text(pdf::layout_text(pages));
}

std::string without_page_breaks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\f') {
      out += text[i];
    } else if (!out.empty() && (i == 0 || text[i - 1] != '\f')) {
      out += '\n';  // the first of a run of form feeds is the blank line
    }
  }
  return out;
}

}  // namespace ofsearch
