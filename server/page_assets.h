// The search page's files, compiled into the binary from server/assets/ (so the
// server needs no files at run time and no request path reaches the file system).
#pragma once

#include <string>
#include <vector>

namespace ofsearch {

struct PageAsset {
  std::string path;  // "/", "/app.js", "/app.css"
  std::string body;
  std::string content_type;  // with charset
};

const std::vector<PageAsset>& page_assets();

}  // namespace ofsearch
