// Adding a new letter from the page (`serve --allow-upload --token FILE`): the upload
// is read, built and written through the CLI's pipeline and IndexWriter, one Xapian
// transaction, so the letter is searchable at once or the index is left as it was.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace ofsearch {

// Largest upload accepted (a long PDF report is a few MB).
inline constexpr std::size_t kMaxUploadBytes = 20u << 20;

// The upload cannot be indexed; what() is the CLI's one-line reason.
class UploadRejected : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The token in FILE (surrounding white space dropped); throws std::runtime_error
// naming the file when it cannot be read or is shorter than 16 characters.
std::string read_upload_token(const std::filesystem::path& file);

// Whether `given` is the token, compared in time independent of where they differ.
bool token_matches(const std::string& given, const std::string& token);

// Indexes `bytes` uploaded as `filename` into the index at `dir`: the report id comes
// from the file name as with `ofsearch index`. Returns the report record (with its
// warnings and paragraph count). Throws UploadRejected for a file the pipeline
// refuses, IndexBusyError when another process is writing the index.
nlohmann::json index_upload(const std::filesystem::path& dir, const std::string& filename,
                            const std::string& bytes);

}  // namespace ofsearch
