#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz/fuzz_targets.h"
#include "indexer/extract/document_reader.h"
#include "indexer/extract/pdf_text_extractor.h"
#include "stemming/text_normaliser.h"

namespace ofsearch::fuzz {

int pdf_extractor(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    std::string text = extract_pdf_text(bytes);
    if (repair_utf8(text) != text) std::abort();  // the segmenter is promised UTF-8
  } catch (const IngestError&) {
    // encrypted, corrupt, no text layer: refusals with a reason are correct answers
  }
  return 0;
}

}  // namespace ofsearch::fuzz

OFSEARCH_FUZZ_ENTRY(pdf_extractor)
