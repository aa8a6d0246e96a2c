#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <xapian.h>

#include "fuzz/fuzz_targets.h"
#include "index/index_writer.h"
#include "indexer/write/report_builder.h"
#include "query/field_filters.h"
#include "query/query_builder.h"
#include "query/searcher.h"

namespace ofsearch::fuzz {
namespace {

namespace fs = std::filesystem;

// corpus/reports indexed once into a temporary folder, removed at exit.
class SmallIndex {
 public:
  SmallIndex() {
    std::string pattern = (fs::temp_directory_path() / "ofsearch-fuzz-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) std::abort();
    dir_ = pattern;
    IndexWriter writer(dir_, false);
    for (const auto& entry :
         fs::directory_iterator(fs::path(OFSEARCH_SOURCE_DIR) / "corpus/reports"))
      if (entry.path().extension() == ".txt")
        writer.add(build_report_from_file(entry.path(), Overrides{}, reference_data()));
    writer.commit();
    searcher_ = std::make_unique<Searcher>(dir_);
  }
  ~SmallIndex() {
    searcher_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  Searcher& searcher() { return *searcher_; }

 private:
  fs::path dir_;
  std::unique_ptr<Searcher> searcher_;
};

}  // namespace

int query_parser(const std::uint8_t* data, std::size_t size) {
  static SmallIndex index;
  std::string query(reinterpret_cast<const char*>(data), size);
  try {
    prepare_query_string(query);
    SearchRequest request;
    request.query = query;
    request.exact = size % 2 == 1;  // both with and without synonym expansion
    index.searcher().search(request);
  } catch (const UnknownValueError&) {
    // an unknown field or value, reported to the user by name
  } catch (const Xapian::QueryParserError&) {
    // a query Xapian cannot parse, reported to the user
  }
  return 0;
}

}  // namespace ofsearch::fuzz

OFSEARCH_FUZZ_ENTRY(query_parser)
