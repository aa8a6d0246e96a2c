#include "bench/engines/fts5_engine.h"

#include <chrono>
#include <stdexcept>

#include <sqlite3.h>

#include "bench/stopwatch.h"
#include "schema/paragraph_record.h"
#include "stemming/text_normaliser.h"

namespace ofsearch::bench {
namespace {

namespace fs = std::filesystem;

void check(int rc, sqlite3* db, const std::string& what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    throw std::runtime_error("sqlite: " + what + ": " + (db ? sqlite3_errmsg(db) : "?"));
  }
}

void exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "?";
    sqlite3_free(err);
    throw std::runtime_error("sqlite: " + msg + " in: " + sql);
  }
}

std::string slug(const std::string& name) {
  std::string key = fold_key(name);
  for (auto& c : key) {
    if (c == ' ') c = '-';
  }
  return key;
}

std::string fts_quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string column(sqlite3_stmt* stmt, int i) {
  const unsigned char* text = sqlite3_column_text(stmt, i);
  return text ? reinterpret_cast<const char*>(text) : "";
}

// Tuned as a careful user would for a read-mostly index: memory-mapped I/O and a
// 64 MB page cache (the defaults, 0 and 2 MB, are slower).
void tune(sqlite3* db) { exec(db, "PRAGMA mmap_size=4294967296; PRAGMA cache_size=-65536;"); }

}  // namespace

IndexStats build_fts5(const fs::path& file, const std::vector<Report>& reports) {
  Stopwatch start;
  fs::remove(file);
  sqlite3* db = nullptr;
  check(sqlite3_open(file.c_str(), &db), db, "open " + file.string());
  IndexStats stats;
  try {
    tune(db);
    exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
    exec(db,
         "CREATE TABLE meta(id INTEGER PRIMARY KEY, pid TEXT, report_id TEXT, authority TEXT, "
         "grade TEXT, type TEXT, year TEXT, date TEXT, themes TEXT);"
         "CREATE VIRTUAL TABLE para USING fts5(text, bp, "
         "tokenize='porter unicode61 remove_diacritics 2');");
    exec(db, "BEGIN");
    sqlite3_stmt *meta = nullptr, *para = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO meta VALUES (?,?,?,?,?,?,?,?,?)", -1, &meta, nullptr),
          db, "prepare meta");
    check(sqlite3_prepare_v2(db, "INSERT INTO para(rowid, text, bp) VALUES (?,?,?)", -1, &para,
                             nullptr),
          db, "prepare para");
    sqlite3_int64 rowid = 0;
    for (const auto& r : reports) {
      std::string authority = r.authority ? slug(*r.authority) : "";
      std::string date = r.date.value_or("");
      std::string year = date.size() >= 4 ? date.substr(0, 4) : "";
      for (const auto& p : r.paragraphs) {
        ++rowid;
        std::string themes;
        for (const auto& t : p.themes) themes += (themes.empty() ? "" : "\n") + t;
        std::string values[] = {paragraph_id(r.report_id, p.ordinal),
                                r.report_id,
                                authority,
                                p.grade ? p.grade->word : "",
                                r.report_type,
                                year,
                                date,
                                themes};
        sqlite3_bind_int64(meta, 1, rowid);
        for (int i = 0; i < 8; ++i) {
          sqlite3_bind_text(meta, i + 2, values[i].c_str(), -1, SQLITE_TRANSIENT);
        }
        check(sqlite3_step(meta), db, "insert meta");
        sqlite3_reset(meta);
        sqlite3_bind_int64(para, 1, rowid);
        sqlite3_bind_text(para, 2, p.text.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(para, 3, p.boilerplate ? "boilerplate" : "", -1, SQLITE_STATIC);
        check(sqlite3_step(para), db, "insert para");
        sqlite3_reset(para);
        stats.text_bytes += p.text.size();
      }
    }
    sqlite3_finalize(meta);
    sqlite3_finalize(para);
    exec(db, "COMMIT");
    exec(db, "INSERT INTO para(para) VALUES('optimize')");
    stats.paragraphs = static_cast<std::size_t>(rowid);
  } catch (...) {
    sqlite3_close(db);
    throw;
  }
  sqlite3_close(db);
  stats.seconds = start.seconds();
  stats.index_bytes = fs::file_size(file);
  stats.note = "one transaction, porter unicode61, optimize";
  return stats;
}

Fts5Engine::Fts5Engine(fs::path file) : file_(std::move(file)) { open(); }

Fts5Engine::~Fts5Engine() { close(); }

void Fts5Engine::open() {
  check(sqlite3_open_v2(file_.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr), db_,
        "open " + file_.string());
  tune(db_);
}

void Fts5Engine::close() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  statements_.clear();
  if (db_) sqlite3_close(db_);
  db_ = nullptr;
}

void Fts5Engine::reopen() {
  close();
  open();
}

sqlite3_stmt* Fts5Engine::statement(const std::string& sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) {
    sqlite3_reset(it->second);
    return it->second;
  }
  sqlite3_stmt* stmt = nullptr;
  check(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr), db_, "prepare " + sql);
  statements_[sql] = stmt;
  return stmt;
}

std::string Fts5Engine::match_expression(const BenchQuery& q) {
  std::string expr;
  auto add = [&](const std::string& part) { expr += (expr.empty() ? "" : " ") + part; };
  for (const auto& w : q.words) add(fts_quote(w));
  if (!q.phrase.empty()) {
    std::string phrase;
    for (const auto& w : q.phrase) phrase += (phrase.empty() ? "" : " ") + w;
    add(fts_quote(phrase));
  }
  if (!q.prefix.empty()) add(fts_quote(q.prefix) + " *");
  return "{text} : (" + expr + ") NOT {bp} : \"boilerplate\"";
}

std::string Fts5Engine::filter_sql(const BenchQuery& q) const {
  std::string sql;
  if (!q.grade.empty()) sql += " AND m.grade = :grade";
  if (!q.type.empty()) sql += " AND m.type = :type";
  if (!q.from.empty()) sql += " AND m.date >= :from";
  if (!q.to.empty()) sql += " AND m.date <= :to AND m.date <> ''";
  return sql;
}

void Fts5Engine::bind(sqlite3_stmt* stmt, const BenchQuery& q) {
  std::string match = match_expression(q);
  sqlite3_bind_text(stmt, 1, match.c_str(), -1, SQLITE_TRANSIENT);
  std::pair<const char*, const std::string*> named[] = {
      {":grade", &q.grade}, {":type", &q.type}, {":from", &q.from}, {":to", &q.to}};
  for (auto& [name, value] : named) {
    int i = sqlite3_bind_parameter_index(stmt, name);
    if (i > 0) sqlite3_bind_text(stmt, i, value->c_str(), -1, SQLITE_TRANSIENT);
  }
}

std::size_t Fts5Engine::count(const BenchQuery& q) {
  std::string filters = filter_sql(q);
  std::string sql = filters.empty() ? "SELECT count(*) FROM para WHERE para MATCH ?1"
                                    : "SELECT count(*) FROM para JOIN meta m ON m.id = para.rowid "
                                      "WHERE para MATCH ?1" +
                                          filters;
  sqlite3_stmt* stmt = statement(sql);
  bind(stmt, q);
  check(sqlite3_step(stmt), db_, "count");
  return static_cast<std::size_t>(sqlite3_column_int64(stmt, 0));
}

void Fts5Engine::top(const BenchQuery& q, Answer& answer) {
  std::string filters = filter_sql(q);
  std::string snippet = q.snippets ? ", snippet(para, 0, char(1), char(2), '...', 24)" : "";
  // Unfiltered: rank in FTS5 alone and look up the ten ids after; a join would visit
  // the meta row of every match before sorting.
  std::string sql =
      filters.empty()
          ? "SELECT para.rowid" + snippet + " FROM para WHERE para MATCH ?1 ORDER BY rank LIMIT 10"
          : "SELECT para.rowid" + snippet +
                " FROM para JOIN meta m ON m.id = para.rowid WHERE para MATCH ?1" + filters +
                " ORDER BY para.rank LIMIT 10";
  sqlite3_stmt* stmt = statement(sql);
  bind(stmt, q);
  std::vector<sqlite3_int64> rows;
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    rows.push_back(sqlite3_column_int64(stmt, 0));
    if (q.snippets) answer.snippet_bytes += column(stmt, 1).size();
  }
  check(rc, db_, "top");
  sqlite3_stmt* pid = statement("SELECT pid FROM meta WHERE id = ?1");
  for (auto row : rows) {
    sqlite3_reset(pid);
    sqlite3_bind_int64(pid, 1, row);
    if (sqlite3_step(pid) == SQLITE_ROW) answer.ids.push_back(column(pid, 0));
  }
}

void Fts5Engine::facets(const BenchQuery& q, Answer& answer) {
  sqlite3_stmt* stmt = statement(
      "SELECT m.authority, m.grade, m.year, m.themes FROM para JOIN meta m ON m.id = para.rowid "
      "WHERE para MATCH ?1" +
      filter_sql(q));
  bind(stmt, q);
  auto& authority = answer.facets["authority"];
  auto& grade = answer.facets["grade"];
  auto& year = answer.facets["year"];
  auto& theme = answer.facets["theme"];
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    ++answer.total;
    const char* fields[4];
    for (int i = 0; i < 4; ++i)
      fields[i] = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
    if (fields[0] && *fields[0]) ++authority[fields[0]];
    if (fields[1] && *fields[1]) ++grade[fields[1]];
    if (fields[2] && *fields[2]) ++year[fields[2]];
    if (fields[3] && *fields[3]) ++theme[fields[3]];
  }
  check(rc, db_, "facets");
  split_theme_counts(answer.facets);
}

void Fts5Engine::per_report(const BenchQuery& q, Answer& answer) {
  sqlite3_stmt* stmt = statement(
      "SELECT m.report_id, min(s.r) AS best, count(*) FROM "
      "(SELECT rowid AS id, rank AS r FROM para WHERE para MATCH ?1) s "
      "JOIN meta m ON m.id = s.id WHERE 1" +
      filter_sql(q) + " GROUP BY m.report_id ORDER BY best");
  bind(stmt, q);
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    if (answer.ids.size() < q.limit) answer.ids.push_back(column(stmt, 0));
    ++answer.reports;
    answer.total += static_cast<std::size_t>(sqlite3_column_int64(stmt, 2));
  }
  check(rc, db_, "per report");
}

Answer Fts5Engine::run(const BenchQuery& q) {
  Answer answer;
  if (q.facets) {
    facets(q, answer);
  } else if (q.per_report) {
    per_report(q, answer);
  } else {
    answer.total = count(q);
    if (!q.count_only) top(q, answer);
  }
  return answer;
}

}  // namespace ofsearch::bench
