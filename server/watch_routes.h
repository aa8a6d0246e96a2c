// The HTTP side of saved searches (issue 14 item 4): GET /api/watch lists them as JSON
// (each with its feed's path) and GET /api/watch/NAME.atom is the Atom feed of one
// (server/watch_feed.h). An unknown name is a 404 JSON error naming it and the saved
// names; a missing or busy index a 503.
#pragma once

#include <filesystem>

namespace httplib {
class Server;
}

namespace ofsearch {

class SearcherPool;

void add_watch_routes(httplib::Server& http, const std::filesystem::path& index,
                      SearcherPool& searchers);

}  // namespace ofsearch
