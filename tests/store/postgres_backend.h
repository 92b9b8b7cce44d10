// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The PostgreSQL backend of the store contract tests: one new database per
// test on the binary's shared throwaway server (postgres_server.h). Same
// methods as SqliteBackend (sqlite_backend.h).

#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <utility>

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include "store/postgres_server.h"

namespace corroborate::store {

class PostgresBackend {
 public:
  // Reads and writes the database at `url` (for tests that make their own).
  explicit PostgresBackend(std::string url) : url_(std::move(url)) {}
  // Makes a new, empty database on the shared server.
  PostgresBackend() {
    static std::atomic<int> next{0};
    PostgresServer* server = SharedPostgresServer();
    if (server == nullptr) {
      ADD_FAILURE() << "no PostgreSQL server";
      return;
    }
    Result<std::string> url =
        server->CreateDatabase("contract_" + std::to_string(next++));
    EXPECT_TRUE(url.ok()) << url.status().ToString();
    if (url.ok()) url_ = url.value();
  }
  std::string NewUrl() { return url_; }
  int64_t Query(const std::string& sql) {
    pqxx::result rows = Run(sql);
    return rows.empty() || rows[0][0].is_null() ? 0 : rows[0][0].as<int64_t>();
  }
  std::string QueryText(const std::string& sql) {
    pqxx::result rows = Run(sql);
    return rows.empty() ? "" : rows[0][0].c_str();
  }
  void Exec(const std::string& sql) { Run(sql); }
  void SetSchemaVersion(int version) {
    Run("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER)");
    Run("DELETE FROM schema_version");
    Run("INSERT INTO schema_version VALUES (" + std::to_string(version) + ")");
  }
  int SchemaVersion() {
    return static_cast<int>(Query("SELECT max(version) FROM schema_version"));
  }

 private:
  pqxx::result Run(const std::string& sql) {
    pqxx::connection db(url_);
    pqxx::work tx(db);
    pqxx::result rows = tx.exec(sql);
    tx.commit();
    return rows;
  }
  std::string url_;
};

}  // namespace corroborate::store
