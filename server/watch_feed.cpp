#include "server/watch_feed.h"

#include <sstream>

namespace ofsearch {
namespace {

std::string text_of(const nlohmann::json& record, const char* key) {
  return record.contains(key) && record[key].is_string() ? record[key].get<std::string>() : "";
}

// "2019-04-15" -> "2019-04-15T00:00:00Z" (RFC 3339, as Atom dates are); else `fallback`.
std::string atom_date(const std::string& iso, const std::string& fallback) {
  return iso.size() == 10 ? iso + "T00:00:00Z" : fallback;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
    }
  }
  return out;
}

std::string atom_feed(const SavedSearch& search, const SearchResult& result,
                      const std::string& base_url) {
  const std::string self = base_url + "/api/watch/" + search.name + ".atom";
  std::string updated = search.created.empty() ? "1970-01-01T00:00:00Z" : search.created;
  for (const auto& hit : result.hits) {  // newest report first: the first dated one
    std::string date = text_of(hit.record, "date");
    if (date.size() == 10) {
      updated = std::max(updated, atom_date(date, updated));
      break;
    }
  }
  std::ostringstream xml;
  xml << "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      << "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
      << "  <id>" << xml_escape(self) << "</id>\n"
      << "  <title>ofsearch saved search " << xml_escape(search.name) << ": "
      << xml_escape(search.query) << "</title>\n"
      << "  <subtitle>" << result.total << " matching paragraphs; the newest " << result.hits.size()
      << " here, newest report first</subtitle>\n"
      << "  <updated>" << updated << "</updated>\n"
      << "  <author><name>ofsearch</name></author>\n"
      << "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" << xml_escape(self)
      << "\"/>\n"
      << "  <generator>ofsearch</generator>\n";
  for (const auto& hit : result.hits) {
    const nlohmann::json& r = hit.record;
    const std::string id = text_of(r, "id");
    const std::string report = base_url + "/api/reports/" + text_of(r, "report_id");
    std::string authority = text_of(r, "authority");
    std::string date = text_of(r, "date");
    xml << "  <entry>\n"
        << "    <id>" << xml_escape(report + "#" + id) << "</id>\n"
        << "    <title>"
        << xml_escape((authority.empty() ? "unknown authority" : authority) + ", " +
                      (date.empty() ? "undated" : date) + ": " + id)
        << "</title>\n"
        << "    <updated>" << atom_date(date, updated) << "</updated>\n"
        << "    <link rel=\"alternate\" type=\"application/json\" href=\"" << xml_escape(report)
        << "\"/>\n"
        << "    <summary type=\"text\">" << xml_escape(text_of(r, "title")) << "</summary>\n"
        << "    <content type=\"text\">" << xml_escape(text_of(r, "text")) << "</content>\n"
        << "  </entry>\n";
  }
  xml << "</feed>\n";
  return xml.str();
}

}  // namespace ofsearch
