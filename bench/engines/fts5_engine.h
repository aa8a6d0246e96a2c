// SQLite FTS5, the embedded full-text engine most people reach for, loaded with the
// same paragraphs and fields as ofsearch: an FTS5 table (porter tokenizer) holding the
// text and a boilerplate marker column, beside a plain table of the facet and filter
// fields keyed by rowid. Queries are the natural SQL for each BenchQuery class.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "bench/engines/engine.h"
#include "schema/report.h"

struct sqlite3;
struct sqlite3_stmt;

namespace ofsearch::bench {

// Loads `reports` into a new database at `file` in one transaction, then runs FTS5's
// 'optimize' (the counterpart of xapian-compact).
IndexStats build_fts5(const std::filesystem::path& file, const std::vector<Report>& reports);

class Fts5Engine : public Engine {
 public:
  explicit Fts5Engine(std::filesystem::path file);
  ~Fts5Engine() override;
  std::string name() const override { return "fts5"; }
  Answer run(const BenchQuery& query) override;
  void reopen() override;

  // The FTS5 MATCH expression for a query (exposed for the report's examples).
  static std::string match_expression(const BenchQuery& query);

 private:
  void open();
  void close();
  sqlite3_stmt* statement(const std::string& sql);
  std::string filter_sql(const BenchQuery& query) const;
  std::size_t count(const BenchQuery& query);
  void top(const BenchQuery& query, Answer& answer);
  void facets(const BenchQuery& query, Answer& answer);
  void per_report(const BenchQuery& query, Answer& answer);
  void bind(sqlite3_stmt* stmt, const BenchQuery& query);

  std::filesystem::path file_;
  sqlite3* db_ = nullptr;
  std::map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace ofsearch::bench
