// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "store/sqlite_statement.h"

#include <utility>

namespace corroborate::store {

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)),
      bind_rc_(std::exchange(other.bind_rc_, SQLITE_OK)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    bind_rc_ = std::exchange(other.bind_rc_, SQLITE_OK);
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

int Statement::Prepare(sqlite3* db, std::string_view sql, Statement* out) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()),
                              &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return rc;
  }
  *out = Statement();
  out->stmt_ = stmt;
  return SQLITE_OK;
}

Statement& Statement::Bind(int index, std::string_view text) {
  // An empty view may have a null data(); SQLite would bind NULL for it, and
  // our columns are NOT NULL, so bind a real empty string instead.
  const char* data = text.empty() ? "" : text.data();
  KeepBindError(sqlite3_bind_text64(stmt_, index, data, text.size(),
                                    SQLITE_TRANSIENT, SQLITE_UTF8));
  return *this;
}

Statement& Statement::Bind(int index, int64_t value) {
  KeepBindError(sqlite3_bind_int64(stmt_, index, value));
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  KeepBindError(sqlite3_bind_double(stmt_, index, value));
  return *this;
}

int Statement::Step() {
  if (stmt_ == nullptr) return SQLITE_MISUSE;
  if (bind_rc_ != SQLITE_OK) return bind_rc_;
  return sqlite3_step(stmt_);
}

void Statement::Reset() {
  if (stmt_ == nullptr) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_rc_ = SQLITE_OK;
}

std::string_view Statement::ColumnText(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return {reinterpret_cast<const char*>(text),
          static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}

int64_t Statement::ColumnInt64(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double Statement::ColumnDouble(int column) const {
  return sqlite3_column_double(stmt_, column);
}

void Statement::KeepBindError(int rc) {
  if (stmt_ == nullptr) rc = SQLITE_MISUSE;
  if (bind_rc_ == SQLITE_OK && rc != SQLITE_OK) bind_rc_ = rc;
}

Status SqliteError(sqlite3* db, const std::string& path,
                   const std::string& what) {
  return Status::IoError(path, what + ": " + sqlite3_errmsg(db));
}

}  // namespace corroborate::store
