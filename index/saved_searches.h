// Saved searches ("watches", issue 14 item 4), kept in the index itself as database
// metadata (schema::kWatchMetaPrefix + name -> JSON), so they travel with the index,
// survive a reopen, and a crashed writer never half-writes one: every change is its
// own Xapian transaction. A saved search keeps the query string and its other search
// parameters in the key=value form query/request_params.h reads, so it means exactly
// what `ofsearch search` with the same arguments means. This layer stores them; the
// query layer (query/watch_matcher.h) runs them.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

namespace ofsearch {

// A bad name, a name taken or unknown: what() is one line naming the saved search.
class SavedSearchError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

struct SavedSearch {
  std::string name;   // letters, digits, '-' and '_' (it appears in feed URLs)
  std::string query;  // the query string, as `search` takes it; never empty
  // The other parameters (filters, from, to, exact, match, include-boilerplate) as
  // name/value pairs in the order given, repeated names kept (OR within a field).
  std::vector<std::pair<std::string, std::string>> params;
  std::string created;  // UTC, ISO 8601 ("2026-12-06T09:30:00Z")

  nlohmann::json to_json() const;  // {"name","query","params":[[k,v]...],"created"}
  static SavedSearch from_json(const nlohmann::json& j);
};

// Most characters in a name.
inline constexpr std::size_t kMaxSavedSearchName = 64;

// Throws SavedSearchError unless the name is 1..64 letters, digits, '-' or '_', not
// starting with '-'.
void check_saved_search_name(const std::string& name);

// Every saved search, by name.
std::vector<SavedSearch> saved_searches(const Xapian::Database& db);

// The saved search; SavedSearchError naming it and listing the saved names when absent.
SavedSearch saved_search(const Xapian::Database& db, const std::string& name);

// Stores a new saved search in one committed transaction. SavedSearchError (index
// untouched) for a bad name, an empty query or a name already saved.
void add_saved_search(Xapian::WritableDatabase& db, const SavedSearch& search);

// Deletes it in one committed transaction; SavedSearchError listing the saved names
// when there is no such saved search.
void remove_saved_search(Xapian::WritableDatabase& db, const std::string& name);

}  // namespace ofsearch
