// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The PostgreSQL schema and its migrations: the same tables and columns as
// SQLite (docs/formats/schema.md), in PostgreSQL types. The version is the
// single row of table schema_version. Pending steps run in one transaction
// holding an advisory lock, so two processes opening a new database at once
// run every step exactly once, and a crash leaves the previous version.

#pragma once

#include <cstdint>

#include <pqxx/pqxx>

#include "corroborate/status.h"

namespace corroborate::store {

// Advisory lock keys (pg_advisory_xact_lock), one per kind of exclusive
// work. Arbitrary 64-bit constants: the ASCII of "corrobo" plus a digit, so
// they are unlikely to clash with another application's locks on the same
// server.
inline constexpr int64_t kMigrationLockKey = 0x636f72726f626f31;
inline constexpr int64_t kStoriesLockKey = 0x636f72726f626f32;

// Brings the database open on `connection` up to Store::kSchemaVersion.
// `name` (the url without password) prefixes every error. Returns
// NotSupported if a newer build wrote the database, IoError if PostgreSQL
// refuses. Never throws.
Status MigratePostgresSchema(pqxx::connection& connection,
                             const std::string& name);

// Reads the schema version (0 for a database never migrated).
// Throws pqxx exceptions; for callers inside a transaction.
int ReadPostgresSchemaVersion(pqxx::transaction_base& tx);

}  // namespace corroborate::store
