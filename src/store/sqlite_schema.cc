// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "store/sqlite_schema.h"

#include <array>

#include "corroborate/store.h"

#include "store/sqlite_statement.h"
#include "store/sqlite_transaction.h"

namespace corroborate::store {
namespace {

struct Migration {
  int version;      // the user_version after this step
  const char* sql;  // one or more statements; constant text, never data
};

// Version 0 -> 1: the first schema. Keep in step with docs/formats/schema.md.
constexpr const char* kCreateTablesV1 = R"sql(
CREATE TABLE articles (
  rowid        INTEGER PRIMARY KEY,
  id           TEXT    NOT NULL,
  content_hash TEXT    NOT NULL UNIQUE,
  path         TEXT    NOT NULL,
  title        TEXT    NOT NULL,
  date         TEXT    NOT NULL,
  site         TEXT    NOT NULL,
  language     TEXT    NOT NULL,
  quality      REAL    NOT NULL,
  low_quality  INTEGER NOT NULL,
  json         TEXT    NOT NULL,
  added_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX articles_id ON articles (id);
CREATE INDEX articles_date ON articles (date);

CREATE TABLE stories (
  id       TEXT    PRIMARY KEY NOT NULL,
  position INTEGER NOT NULL,
  title    TEXT    NOT NULL,
  json     TEXT    NOT NULL
);

CREATE TABLE story_articles (
  story_id   TEXT    NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  article_id TEXT    NOT NULL,
  PRIMARY KEY (story_id, position)
);
CREATE INDEX story_articles_article ON story_articles (article_id);

CREATE TABLE claims (
  story_id            TEXT    NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position            INTEGER NOT NULL,
  claim_id            TEXT    NOT NULL,
  text                TEXT    NOT NULL,
  independent_origins INTEGER NOT NULL,
  verdict             TEXT    NOT NULL,
  circular            INTEGER NOT NULL,
  json                TEXT    NOT NULL,
  PRIMARY KEY (story_id, position)
);
CREATE INDEX claims_claim_id ON claims (claim_id);
CREATE INDEX claims_verdict ON claims (verdict);

CREATE TABLE reuse (
  position   INTEGER PRIMARY KEY,
  from_id    TEXT    NOT NULL,
  to_id      TEXT    NOT NULL,
  similarity REAL    NOT NULL,
  json       TEXT    NOT NULL
);
CREATE INDEX reuse_from ON reuse (from_id);
CREATE INDEX reuse_to ON reuse (to_id);
)sql";

// Step i brings version i to version i + 1. Append, never edit, a step once
// it has shipped: databases in the field have already run it.
constexpr std::array<Migration, 1> kMigrations = {{{1, kCreateTablesV1}}};
static_assert(kMigrations.back().version == Store::kSchemaVersion,
              "the last migration must reach Store::kSchemaVersion");

// Reads PRAGMA user_version into *version.
Status ReadVersion(sqlite3* db, const std::string& path, int* version) {
  Statement stmt;
  if (Statement::Prepare(db, "PRAGMA user_version", &stmt) != SQLITE_OK ||
      stmt.Step() != SQLITE_ROW) {
    return SqliteError(db, path, "reading the schema version");
  }
  *version = static_cast<int>(stmt.ColumnInt64(0));
  if (*version > Store::kSchemaVersion) {
    return Status::NotSupported(path,
                                "schema version " + std::to_string(*version) +
                                    " is newer than this build supports (" +
                                    std::to_string(Store::kSchemaVersion) +
                                    "); use a newer corroborate");
  }
  return Status::Ok();
}

// Runs one migration step in its own transaction, unless another connection
// has run it since we looked.
Status RunStep(sqlite3* db, const std::string& path, const Migration& step) {
  Transaction tx(db);
  if (tx.Begin() != SQLITE_OK)
    return SqliteError(db, path, "starting the migration");
  int version = 0;
  Status status = ReadVersion(db, path, &version);
  if (!status.ok() || version >= step.version) return status;
  const std::string label =
      "migrating to schema version " + std::to_string(step.version);
  if (sqlite3_exec(db, step.sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return SqliteError(db, path, label);
  }
  // PRAGMA takes no bound parameters; the number is our own constant.
  const std::string set_version =
      "PRAGMA user_version = " + std::to_string(step.version);
  if (sqlite3_exec(db, set_version.c_str(), nullptr, nullptr, nullptr) !=
          SQLITE_OK ||
      tx.Commit() != SQLITE_OK) {
    return SqliteError(db, path, label);
  }
  return Status::Ok();
}

}  // namespace

Status MigrateSchema(sqlite3* db, const std::string& path) {
  int version = 0;
  Status status = ReadVersion(db, path, &version);
  if (!status.ok()) return status;
  for (const Migration& step : kMigrations) {
    if (step.version <= version) continue;
    status = RunStep(db, path, step);
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace corroborate::store
