#include "index/saved_searches.h"

#include <algorithm>

#include "schema/paragraph_record.h"
#include "schema/schema.h"

namespace ofsearch {
namespace {

std::string key_of(const std::string& name) { return schema::kWatchMetaPrefix + name; }

std::vector<std::string> saved_names(const Xapian::Database& db) {
  std::vector<std::string> names;
  const std::string prefix = schema::kWatchMetaPrefix;
  for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key)
    names.push_back((*key).substr(prefix.size()));
  return names;
}

// "no saved search 'x' (saved: a, b)" or "(none saved yet)".
std::string not_found(const Xapian::Database& db, const std::string& name) {
  std::string message = "no saved search '" + name + "' in the index";
  std::vector<std::string> names = saved_names(db);
  if (names.empty()) return message + " (none saved yet)";
  message += " (saved: ";
  for (std::size_t i = 0; i < names.size(); ++i) message += (i ? ", " : "") + names[i];
  return message + ")";
}

// Runs `write` as one transaction committed to disk; undone on any exception.
template <typename Write>
void in_transaction(Xapian::WritableDatabase& db, Write write) {
  db.begin_transaction(true);
  try {
    write();
  } catch (...) {
    db.cancel_transaction();
    throw;
  }
  db.commit_transaction();
}

}  // namespace

nlohmann::json SavedSearch::to_json() const {
  nlohmann::json pairs = nlohmann::json::array();
  for (const auto& [k, v] : params) pairs.push_back({k, v});
  return {{"name", name}, {"query", query}, {"params", pairs}, {"created", created}};
}

SavedSearch SavedSearch::from_json(const nlohmann::json& j) {
  SavedSearch s;
  s.name = j.value("name", "");
  s.query = j.value("query", "");
  s.created = j.value("created", "");
  if (j.contains("params") && j["params"].is_array())
    for (const auto& pair : j["params"])
      if (pair.is_array() && pair.size() == 2)
        s.params.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
  return s;
}

void check_saved_search_name(const std::string& name) {
  bool ok = !name.empty() && name.size() <= kMaxSavedSearchName && name[0] != '-' &&
            std::all_of(name.begin(), name.end(), [](unsigned char c) {
              return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     c == '-' || c == '_';
            });
  if (!ok)
    throw SavedSearchError("saved search name '" + name + "' is not valid: use 1 to " +
                           std::to_string(kMaxSavedSearchName) +
                           " letters, digits, '-' or '_', not starting with '-'");
}

std::vector<SavedSearch> saved_searches(const Xapian::Database& db) {
  std::vector<SavedSearch> out;
  const std::string prefix = schema::kWatchMetaPrefix;
  for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
    auto j = nlohmann::json::parse(db.get_metadata(*key), nullptr, false);
    if (j.is_object()) out.push_back(SavedSearch::from_json(j));
  }
  return out;  // metadata keys come sorted: by name
}

SavedSearch saved_search(const Xapian::Database& db, const std::string& name) {
  std::string stored = db.get_metadata(key_of(name));
  auto j = nlohmann::json::parse(stored, nullptr, false);
  if (stored.empty() || !j.is_object()) throw SavedSearchError(not_found(db, name));
  return SavedSearch::from_json(j);
}

void add_saved_search(Xapian::WritableDatabase& db, const SavedSearch& search) {
  check_saved_search_name(search.name);
  if (search.query.find_first_not_of(" \t\r\n") == std::string::npos)
    throw SavedSearchError("saved search '" + search.name + "': the query is empty");
  if (!db.get_metadata(key_of(search.name)).empty())
    throw SavedSearchError("a saved search named '" + search.name +
                           "' already exists (remove it first, or choose another name)");
  in_transaction(db, [&] { db.set_metadata(key_of(search.name), json_text(search.to_json())); });
}

void remove_saved_search(Xapian::WritableDatabase& db, const std::string& name) {
  if (db.get_metadata(key_of(name)).empty()) throw SavedSearchError(not_found(db, name));
  in_transaction(db, [&] { db.set_metadata(key_of(name), ""); });
}

}  // namespace ofsearch
