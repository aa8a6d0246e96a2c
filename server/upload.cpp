#include "server/upload.h"

#include <fstream>
#include <random>
#include <sstream>

#include "indexer/extract/document_reader.h"
#include "index/index_writer.h"
#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"
#include "schema/paragraph_record.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

// The upload's own name, reduced to characters safe in a path: no folder part, no
// "..", so the temporary file stays in its folder whatever the browser sent.
std::string safe_name(const std::string& filename) {
  std::string base = filename.substr(filename.find_last_of("/\\") + 1);
  std::string out;
  for (char c : base) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_' || c == '.';
    out += keep ? c : '-';
  }
  while (!out.empty() && out.front() == '.') out.erase(out.begin());
  if (out.size() > 120) out = out.substr(out.size() - 120);
  return out.empty() ? "upload" : out;
}

// A folder of its own for one upload, removed when done.
class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::random_device random;
    path_ = fs::temp_directory_path() / ("ofsearch-upload-" + std::to_string(random()));
    fs::create_directories(path_);
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

}  // namespace

std::string read_upload_token(const fs::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot read the upload token");
  std::stringstream text;
  text << in.rdbuf();
  std::string token = text.str();
  token.erase(0, token.find_first_not_of(" \t\r\n"));
  token.erase(token.find_last_not_of(" \t\r\n") + 1);
  if (token.size() < 16) {
    throw std::runtime_error(file.string() + ": the upload token must be at least 16 characters");
  }
  return token;
}

bool token_matches(const std::string& given, const std::string& token) {
  unsigned char diff = given.size() == token.size() ? 0 : 1;
  for (std::size_t i = 0; i < token.size(); ++i)
    diff |= static_cast<unsigned char>(token[i] ^ (i < given.size() ? given[i] : 0));
  return diff == 0;
}

nlohmann::json index_upload(const fs::path& dir, const std::string& filename,
                            const std::string& bytes) {
  TemporaryFolder folder;
  const fs::path file = folder.path() / safe_name(filename);
  {
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot keep the upload in " + folder.path().string());
  }
  Report report;
  try {
    report = build_report_from_file(file, Overrides{}, reference_data());
  } catch (const IngestError& e) {
    throw UploadRejected(safe_name(filename) + ": " + e.what());
  }
  report.source = "upload:" + safe_name(filename);
  IndexWriter writer(dir, /*wait=*/false);
  writer.add(report);
  writer.commit();
  return report_record(report);
}

}  // namespace ofsearch
