#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz/fuzz_targets.h"
#include "indexer/extract/document_reader.h"
#include "indexer/extract/html_text_extractor.h"
#include "indexer/write/report_builder.h"
#include "indexer/extract/text_decoding.h"
#include "schema/paragraph_record.h"
#include "stemming/text_normaliser.h"

namespace ofsearch::fuzz {
namespace {

// Stored text must be valid UTF-8: the index's JSON records cannot hold anything else.
void require_utf8(const std::string& text) {
  if (repair_utf8(text) != text) std::abort();
}

}  // namespace

int text_pipeline(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  SourceText source;
  auto first = bytes.find_first_not_of(" \t\r\n");
  source.format = first != std::string_view::npos && bytes[first] == '<' ? "html" : "text";
  source.content_hash = "fuzz";
  try {
    source.text =
        source.format == "html" ? extract_html_text(decode_to_utf8(bytes)) : plain_text(bytes);
  } catch (const IngestError&) {
    return 0;  // a refusal with a reason is a correct answer
  }
  require_utf8(source.text);
  Report report = build_report(source, "fuzz", Overrides{}, reference_data());
  report_record(report).dump();
  for (const auto& paragraph : report.paragraphs) {
    require_utf8(paragraph.text);
    paragraph_record(report, paragraph).dump();
  }
  return 0;
}

}  // namespace ofsearch::fuzz

OFSEARCH_FUZZ_ENTRY(text_pipeline)
