// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "store/postgres_schema.h"

#include <array>
#include <string>

#include "corroborate/store.h"

namespace corroborate::store {
namespace {

struct Migration {
  int version;      // the schema version after this step
  const char* sql;  // one or more statements; constant text, never data
};

// Version 0 -> 1: the first schema, column for column the SQLite one
// (sqlite_schema.cc), so both backends answer the same SQL queries. rowid is
// the insertion order, as in SQLite. Keep in step with
// docs/formats/schema.md.
constexpr const char* kCreateTablesV1 = R"sql(
CREATE TABLE articles (
  rowid        BIGSERIAL        PRIMARY KEY,
  id           TEXT             NOT NULL,
  content_hash TEXT             NOT NULL UNIQUE,
  path         TEXT             NOT NULL,
  title        TEXT             NOT NULL,
  date         TEXT             NOT NULL,
  site         TEXT             NOT NULL,
  language     TEXT             NOT NULL,
  quality      DOUBLE PRECISION NOT NULL,
  low_quality  INTEGER          NOT NULL,
  json         TEXT             NOT NULL,
  added_at     TIMESTAMPTZ      NOT NULL DEFAULT now()
);
CREATE INDEX articles_id ON articles (id);
CREATE INDEX articles_date ON articles (date);

CREATE TABLE stories (
  rowid    BIGSERIAL NOT NULL,
  id       TEXT      PRIMARY KEY NOT NULL,
  position BIGINT    NOT NULL,
  title    TEXT      NOT NULL,
  json     TEXT      NOT NULL
);

CREATE TABLE story_articles (
  story_id   TEXT   NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position   BIGINT NOT NULL,
  article_id TEXT   NOT NULL,
  PRIMARY KEY (story_id, position)
);
CREATE INDEX story_articles_article ON story_articles (article_id);

CREATE TABLE claims (
  story_id            TEXT    NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position            BIGINT  NOT NULL,
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
  rowid      BIGSERIAL        NOT NULL,
  position   BIGINT           PRIMARY KEY,
  from_id    TEXT             NOT NULL,
  to_id      TEXT             NOT NULL,
  similarity DOUBLE PRECISION NOT NULL,
  json       TEXT             NOT NULL
);
CREATE INDEX reuse_from ON reuse (from_id);
CREATE INDEX reuse_to ON reuse (to_id);
)sql";

// Step i brings version i to version i + 1. Append, never edit, a step once
// it has shipped: databases in the field have already run it.
constexpr std::array<Migration, 1> kMigrations = {{{1, kCreateTablesV1}}};
static_assert(kMigrations.back().version == Store::kSchemaVersion,
              "the last migration must reach Store::kSchemaVersion");

Status NewerThanBuild(const std::string& name, int version) {
  return Status::NotSupported(name, "schema version " +
                                        std::to_string(version) +
                                        " is newer than this build supports (" +
                                        std::to_string(Store::kSchemaVersion) +
                                        "); use a newer corroborate");
}

}  // namespace

int ReadPostgresSchemaVersion(pqxx::transaction_base& tx) {
  tx.exec0(
      "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  pqxx::result rows = tx.exec("SELECT max(version) FROM schema_version");
  return rows[0][0].is_null() ? 0 : rows[0][0].as<int>();
}

Status MigratePostgresSchema(pqxx::connection& connection,
                             const std::string& name) {
  try {
    pqxx::work tx(connection);
    // Held to the end of the transaction: a second process opening a new
    // database waits here, then sees the version this one wrote.
    tx.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLockKey);
    const int version = ReadPostgresSchemaVersion(tx);
    if (version > Store::kSchemaVersion) return NewerThanBuild(name, version);
    for (const Migration& step : kMigrations) {
      if (step.version <= version) continue;
      tx.exec0(step.sql);
      tx.exec0("DELETE FROM schema_version");
      tx.exec_params0("INSERT INTO schema_version (version) VALUES ($1)",
                      step.version);
    }
    tx.commit();
    return Status::Ok();
  } catch (const std::exception& e) {
    return Status::IoError(name,
                           std::string("migrating the schema: ") + e.what());
  }
}

}  // namespace corroborate::store
