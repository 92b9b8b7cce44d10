// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "store/sqlite_store.h"

#include <cstdint>
#include <numeric>
#include <string_view>

#include <nlohmann/json.hpp>

#include "store/row_json.h"
#include "store/sqlite_schema.h"
#include "store/sqlite_statement.h"
#include "store/sqlite_transaction.h"
#include "util/analysis_json.h"

namespace corroborate::store {
namespace {

using nlohmann::json;

// How long a writer waits for another connection's write lock before giving
// up with SQLITE_BUSY (ms). Storing one article holds the lock for well under
// a millisecond; PutStories of a few thousand rows for tens of ms on a laptop
// disk. 5 s covers both with a wide margin while still failing in reasonable
// time if another process hangs holding the lock.
constexpr int kBusyTimeoutMs = 5000;

// Runs `sql`, which selects (rowid, json) from `table`, and parses every row.
template <typename T, typename FromJson>
Result<std::vector<T>> LoadRows(sqlite3* db, const std::string& path,
                                const char* table, const char* sql,
                                FromJson from_json) {
  const std::string what = std::string("reading ") + table;
  Statement stmt;
  if (Statement::Prepare(db, sql, &stmt) != SQLITE_OK)
    return SqliteError(db, path, what);
  std::vector<T> rows;
  int rc;
  while ((rc = stmt.Step()) == SQLITE_ROW) {
    Result<T> row = ParseRow(path, table, stmt.ColumnInt64(0),
                             stmt.ColumnText(1), from_json);
    if (!row.ok()) return row.status();
    rows.push_back(std::move(row).value());
  }
  if (rc != SQLITE_DONE) return SqliteError(db, path, what);
  return rows;
}

// Runs a constant statement that returns no rows.
int Exec(sqlite3* db, const char* sql) {
  return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

// The prepared INSERTs of one PutStories call, reused for every row.
struct StoryInserts {
  Statement story;
  Statement member;
  Statement claim;
};

int PrepareStoryInserts(sqlite3* db, StoryInserts* out) {
  int rc = Statement::Prepare(db,
                              "INSERT INTO stories (id, position, title, json) "
                              "VALUES (?1, ?2, ?3, ?4)",
                              &out->story);
  if (rc != SQLITE_OK) return rc;
  rc = Statement::Prepare(
      db,
      "INSERT INTO story_articles (story_id, position, article_id) "
      "VALUES (?1, ?2, ?3)",
      &out->member);
  if (rc != SQLITE_OK) return rc;
  return Statement::Prepare(
      db,
      "INSERT INTO claims (story_id, position, claim_id, text, "
      "independent_origins, verdict, circular, json) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
      &out->claim);
}

// Writes one story, its article list and its claims. Returns SQLITE_DONE on
// success, else the failing SQLite result code.
int InsertStory(const Story& story, int64_t position, StoryInserts* inserts) {
  const json story_json = util::StoryToJson(story);
  Statement& s = inserts->story;
  s.Reset();
  s.Bind(1, story.id).Bind(2, position).Bind(3, story.title);
  int rc = s.Bind(4, DumpColumn(story_json)).Step();
  for (size_t j = 0; rc == SQLITE_DONE && j < story.articles.size(); ++j) {
    Statement& m = inserts->member;
    m.Reset();
    m.Bind(1, story.id).Bind(2, static_cast<int64_t>(j));
    rc = m.Bind(3, story.articles[j]).Step();
  }
  for (size_t j = 0; rc == SQLITE_DONE && j < story.claims.size(); ++j) {
    const Claim& claim = story.claims[j];
    Statement& c = inserts->claim;
    c.Reset();
    c.Bind(1, story.id).Bind(2, static_cast<int64_t>(j)).Bind(3, claim.id);
    c.Bind(4, claim.text).Bind(5, int64_t{claim.independent_origins});
    c.Bind(6, claim.verdict).Bind(7, int64_t{claim.circular});
    rc = c.Bind(8, DumpColumn(story_json["claims"][j])).Step();
  }
  return rc;
}

}  // namespace

Result<std::unique_ptr<Store>> SqliteStore::Open(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(
      path.c_str(), &db,
      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
      nullptr);
  if (db == nullptr)
    return Status::IoError(path, "opening the database: out of memory");
  // From here the store owns `db`, even if opening failed.
  std::unique_ptr<SqliteStore> store(new SqliteStore(path, db));
  if (rc != SQLITE_OK) return store->Error("opening the database");
  Status status = store->Configure();
  if (status.ok()) status = MigrateSchema(db, path);
  if (!status.ok()) return status;
  return std::unique_ptr<Store>(std::move(store));
}

SqliteStore::~SqliteStore() { sqlite3_close_v2(db_); }

Status SqliteStore::Error(const std::string& what) const {
  return SqliteError(db_, path_, what);
}

Status SqliteStore::Configure() {
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  Status status = SetWalMode();
  if (!status.ok()) return status;
  // NORMAL is durable across application crashes in WAL mode; only a power
  // loss may drop the last transactions (SQLite docs, "PRAGMA synchronous").
  if (Exec(db_, "PRAGMA synchronous = NORMAL") != SQLITE_OK)
    return Error("setting synchronous");
  if (Exec(db_, "PRAGMA foreign_keys = ON") != SQLITE_OK)
    return Error("enabling foreign keys");
  return Status::Ok();
}

Status SqliteStore::SetWalMode() {
  // Switching a new file to WAL needs an exclusive lock. When two connections
  // both hold a shared lock and both ask, SQLite fails one at once with
  // SQLITE_BUSY rather than calling the busy handler (which would deadlock),
  // so we retry here, releasing our lock between tries. Measured: 3% of runs
  // of ConcurrentWritersDoNotFailWithLocked failed without the retry.
  constexpr int kRetryMs =
      10;  // short next to kBusyTimeoutMs; the switch takes < 1 ms
  for (int waited = 0;; waited += kRetryMs) {
    // The first access to the file, so a file that is not a database is
    // reported here: "file is not a database".
    Statement wal;
    int rc = Statement::Prepare(db_, "PRAGMA journal_mode = WAL", &wal);
    if (rc == SQLITE_OK) rc = wal.Step();
    // The answer row says "wal", or "memory" for ":memory:", which has no
    // journal file to share; both are fine.
    if (rc == SQLITE_ROW) return Status::Ok();
    if (rc != SQLITE_BUSY || waited >= kBusyTimeoutMs)
      return Error("setting WAL mode");
    wal = Statement();  // release the shared lock before waiting
    sqlite3_sleep(kRetryMs);
  }
}

Result<bool> SqliteStore::PutArticle(const Article& article) {
  const std::string what = "storing article '" + article.id + "'";
  if (article.content_hash.empty())
    return Status::InvalidArgument(path_, what + ": no content hash");
  Transaction tx(db_);
  if (tx.Begin() != SQLITE_OK) return Error(what);
  Statement insert;
  if (Statement::Prepare(
          db_,
          "INSERT INTO articles (id, content_hash, path, title, date, site, "
          "language, quality, low_quality, json) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
          "ON CONFLICT (content_hash) DO NOTHING",
          &insert) != SQLITE_OK) {
    return Error(what);
  }
  insert.Bind(1, article.id)
      .Bind(2, article.content_hash)
      .Bind(3, article.path);
  insert.Bind(4, article.title).Bind(5, article.date).Bind(6, article.site);
  insert.Bind(7, article.language).Bind(8, article.quality);
  insert.Bind(9, int64_t{article.low_quality})
      .Bind(10, DumpColumn(util::ArticleToJson(article)));
  if (insert.Step() != SQLITE_DONE) return Error(what);
  const bool added = sqlite3_changes(db_) > 0;
  if (tx.Commit() != SQLITE_OK) return Error(what);
  return added;
}

Status SqliteStore::PutStories(const std::vector<Story>& stories,
                               const std::vector<Reuse>& reuse) {
  Transaction tx(db_);
  if (tx.Begin() != SQLITE_OK) return Error("storing stories");
  Status status = ClearStories();
  std::vector<size_t> all(stories.size());
  std::iota(all.begin(), all.end(), size_t{0});
  if (status.ok()) status = InsertStories(stories, all);
  if (status.ok()) status = InsertReuse(reuse, 0);
  if (!status.ok()) return status;  // ~Transaction rolls back
  if (tx.Commit() != SQLITE_OK) return Error("storing stories");
  return Status::Ok();
}

Status SqliteStore::PutStoryChanges(const std::vector<Story>& stories,
                                    const std::vector<size_t>& changed,
                                    const std::vector<Reuse>& reuse,
                                    size_t reuse_from) {
  Transaction tx(db_);
  if (tx.Begin() != SQLITE_OK) return Error("storing changed stories");
  Status status = DeleteStories(stories, changed);
  if (status.ok()) status = InsertStories(stories, changed);
  if (status.ok()) status = InsertReuse(reuse, reuse_from);
  if (!status.ok()) return status;  // ~Transaction rolls back
  if (tx.Commit() != SQLITE_OK) return Error("storing changed stories");
  return Status::Ok();
}

Status SqliteStore::ClearStories() {
  // Children first, though ON DELETE CASCADE would also remove them.
  for (const char* sql :
       {"DELETE FROM reuse", "DELETE FROM claims", "DELETE FROM story_articles",
        "DELETE FROM stories"}) {
    if (Exec(db_, sql) != SQLITE_OK)
      return Error("clearing the previous stories");
  }
  return Status::Ok();
}

Status SqliteStore::DeleteStories(const std::vector<Story>& stories,
                                  const std::vector<size_t>& which) {
  // The story's articles and claims go with it (ON DELETE CASCADE, and
  // Configure turns foreign keys on).
  Statement stmt;
  if (Statement::Prepare(db_, "DELETE FROM stories WHERE id = ?1", &stmt) !=
      SQLITE_OK) {
    return Error("replacing stories");
  }
  for (size_t i : which) {
    stmt.Reset();
    if (stmt.Bind(1, stories[i].id).Step() != SQLITE_DONE)
      return Error("replacing story '" + stories[i].id + "'");
  }
  return Status::Ok();
}

Status SqliteStore::InsertStories(const std::vector<Story>& stories,
                                  const std::vector<size_t>& which) {
  StoryInserts inserts;
  if (PrepareStoryInserts(db_, &inserts) != SQLITE_OK) {
    return Error("storing stories");
  }
  for (size_t i : which) {
    if (InsertStory(stories[i], static_cast<int64_t>(i), &inserts) !=
        SQLITE_DONE) {
      return Error("storing story '" + stories[i].id + "'");
    }
  }
  return Status::Ok();
}

Status SqliteStore::InsertReuse(const std::vector<Reuse>& reuse, size_t from) {
  // Rows at `from` and after are replaced: a save that failed after writing
  // them, or another writer, may have left rows there.
  Statement clear;
  Statement stmt;
  if (Statement::Prepare(db_, "DELETE FROM reuse WHERE position >= ?1",
                         &clear) != SQLITE_OK ||
      clear.Bind(1, static_cast<int64_t>(from)).Step() != SQLITE_DONE ||
      Statement::Prepare(
          db_,
          "INSERT INTO reuse (position, from_id, to_id, similarity, json) "
          "VALUES (?1, ?2, ?3, ?4, ?5)",
          &stmt) != SQLITE_OK) {
    return Error("storing reuse links");
  }
  for (size_t i = from; i < reuse.size(); ++i) {
    const Reuse& link = reuse[i];
    stmt.Reset();
    stmt.Bind(1, static_cast<int64_t>(i)).Bind(2, link.from).Bind(3, link.to);
    stmt.Bind(4, link.similarity).Bind(5, DumpColumn(util::ReuseToJson(link)));
    if (stmt.Step() != SQLITE_DONE) {
      return Error("storing reuse link '" + link.from + "' -> '" + link.to +
                   "'");
    }
  }
  return Status::Ok();
}

Result<std::vector<Article>> SqliteStore::LoadArticles() {
  return LoadRows<Article>(db_, path_, "articles",
                           "SELECT rowid, json FROM articles ORDER BY rowid",
                           util::ArticleFromJson);
}

Result<std::vector<Story>> SqliteStore::LoadStories() {
  return LoadRows<Story>(db_, path_, "stories",
                         "SELECT rowid, json FROM stories ORDER BY position",
                         util::StoryFromJson);
}

Result<std::vector<Reuse>> SqliteStore::LoadReuse() {
  return LoadRows<Reuse>(db_, path_, "reuse",
                         "SELECT rowid, json FROM reuse ORDER BY position",
                         util::ReuseFromJson);
}

Result<Analysis> SqliteStore::LoadAnalysis() {
  Transaction tx(db_);
  if (tx.BeginRead() != SQLITE_OK) return Error("reading the analysis");
  Result<std::vector<Article>> articles = LoadArticles();
  if (!articles.ok()) return articles.status();
  Result<std::vector<Story>> stories = LoadStories();
  if (!stories.ok()) return stories.status();
  Result<std::vector<Reuse>> reuse = LoadReuse();
  if (!reuse.ok()) return reuse.status();
  if (tx.Commit() != SQLITE_OK) return Error("reading the analysis");
  Analysis analysis;
  analysis.articles = std::move(articles).value();
  analysis.stories = std::move(stories).value();
  analysis.reuse = std::move(reuse).value();
  return analysis;
}

}  // namespace corroborate::store
