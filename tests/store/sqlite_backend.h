// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The SQLite backend of the store contract tests (store_contract_tests.h).
// A backend makes a fresh, empty store url per test and reads the database
// directly, as another program would:
//   std::string NewUrl();                     // an empty store
//   int64_t Query(const std::string& sql);    // first column of first row
//   std::string QueryText(const std::string& sql);
//   void Exec(const std::string& sql);        // damage rows, for tests
//   void SetSchemaVersion(int version);       // as a newer build would
//   int SchemaVersion();

#pragma once

#include <cstdint>
#include <string>

#include "store/store_test_helpers.h"

namespace corroborate::store {

class SqliteBackend {
 public:
  std::string NewUrl() { return url_; }
  int64_t Query(const std::string& sql) { return RawQuery(url_, sql); }
  std::string QueryText(const std::string& sql) {
    return RawQueryText(url_, sql);
  }
  void Exec(const std::string& sql) { RawQuery(url_, sql); }
  void SetSchemaVersion(int version) {
    RawQuery(url_, "PRAGMA user_version = " + std::to_string(version));
  }
  int SchemaVersion() {
    return static_cast<int>(RawQuery(url_, "PRAGMA user_version"));
  }

 private:
  TempDir dir_;
  std::string url_ = dir_.File("test.db");
};

}  // namespace corroborate::store
