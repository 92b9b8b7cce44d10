// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Transaction is a scoped SQLite transaction: Begin() starts it, Commit()
// ends it, and the destructor rolls back one that was begun but not
// committed, so every early error return leaves the database unchanged.
//
// Begin() uses BEGIN IMMEDIATE, which takes the write lock up front. A
// deferred transaction that later tries to write can fail with SQLITE_BUSY
// without the busy handler ever being called (when another connection wrote
// since it read); taking the lock first lets busy_timeout do its waiting, so
// two processes sharing a file queue up instead of failing.

#pragma once

#include <sqlite3.h>

namespace corroborate::store {

class Transaction {
 public:
  // REQUIRES: `db` outlives this object.
  explicit Transaction(sqlite3* db) : db_(db) {}
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction() {
    // Only roll back when a transaction is still open: a failed COMMIT may
    // already have ended it.
    if (begun_ && sqlite3_get_autocommit(db_) == 0) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
  }

  // Starts a write transaction. Returns an SQLite result code; on failure
  // sqlite3_errmsg(db) says why.
  int Begin() { return Start("BEGIN IMMEDIATE"); }

  // Starts a read transaction: every read until Commit() sees one snapshot.
  int BeginRead() { return Start("BEGIN DEFERRED"); }

  // Returns an SQLite result code; on failure the destructor rolls back.
  int Commit() {
    int rc = sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) begun_ = false;
    return rc;
  }

 private:
  int Start(const char* sql) {
    int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
    begun_ = rc == SQLITE_OK;
    return rc;
  }

  sqlite3* db_;
  bool begun_ = false;  // Begin() succeeded and Commit() has not
};

}  // namespace corroborate::store
