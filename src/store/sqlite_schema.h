// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The SQLite schema and its migrations (docs/formats/schema.md describes
// every table and column). The schema version is kept in
// PRAGMA user_version: 0 for a new, empty file, Store::kSchemaVersion once
// migrated. Migrations are a table of (version, SQL) steps, each run in its
// own write transaction, so a crash mid-migration leaves the previous version.

#pragma once

#include <string>

#include <sqlite3.h>

#include "corroborate/status.h"

namespace corroborate::store {

// Brings the database open on `db` up to Store::kSchemaVersion. Safe to call
// from two processes at once: the second one waits, then sees the work done.
// Returns NotSupported if the file was written by a newer build (its version
// is above Store::kSchemaVersion), IoError naming `path` if SQLite fails
// (including "file is not a database").
Status MigrateSchema(sqlite3* db, const std::string& path);

}  // namespace corroborate::store
