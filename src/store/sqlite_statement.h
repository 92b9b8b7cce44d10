// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Statement owns one prepared SQLite statement (sqlite3_stmt) and finalizes it
// when destroyed, so no early return can leak it. Values are always bound as
// parameters ("?1"), never spliced into the SQL text.
//
// Bind errors are remembered and reported by the next Step(), so a caller can
// bind every parameter and check once. A Statement must not outlive the
// connection it was prepared on, and, like the connection, is not
// thread-safe.

#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <sqlite3.h>

#include "corroborate/status.h"

namespace corroborate::store {

class Statement {
 public:
  // An empty statement; Step() on it returns SQLITE_MISUSE.
  Statement() = default;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Compiles `sql` (one statement) on `db` into `*out`. Returns the SQLite
  // result code: SQLITE_OK on success; otherwise sqlite3_errmsg(db) says why.
  static int Prepare(sqlite3* db, std::string_view sql, Statement* out);

  // Bind a value to the 1-based parameter `index`. The text is copied.
  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);

  // Runs the statement one step. Returns SQLITE_ROW when a row is ready,
  // SQLITE_DONE when finished, or an error code (the first bind error, if
  // any bind failed).
  int Step();

  // Makes the statement ready to run again and clears its bindings.
  void Reset();

  // Columns of the current row (0-based). REQUIRES: the last Step() returned
  // SQLITE_ROW. The text view is valid until the next Step() or Reset().
  std::string_view ColumnText(int column) const;
  int64_t ColumnInt64(int column) const;
  double ColumnDouble(int column) const;

 private:
  // Records the first failing bind result code.
  void KeepBindError(int rc);

  sqlite3_stmt* stmt_ = nullptr;
  int bind_rc_ = SQLITE_OK;  // first bind error since the last Reset()
};

// Returns IoError "<path>: <what>: <sqlite3_errmsg(db)>" for the last failure
// on `db`, which lives in the file `path`.
Status SqliteError(sqlite3* db, const std::string& path,
                   const std::string& what);

}  // namespace corroborate::store
