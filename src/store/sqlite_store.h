// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// SqliteStore is the Store kept in one SQLite file (docs/formats/schema.md).
// The file is opened in WAL mode with a busy timeout, so several processes
// may read and write it at once: writers queue for the lock instead of
// failing with "database is locked".
//
// Every SQLite failure becomes an IoError naming the file ("a.db: storing
// article 'x': disk I/O error"); a row whose JSON cannot be read becomes a
// Corruption naming the file, table and row. Nothing throws.
//
// Like every Store, not thread-safe: use one SqliteStore per thread.

#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <sqlite3.h>

#include "corroborate/store.h"

namespace corroborate::store {

class SqliteStore : public Store {
 public:
  // Opens `path`, creating the file if it does not exist, and migrates it to
  // kSchemaVersion. Errors name `path`: IoError if it cannot be opened or is
  // not a database, NotSupported if a newer build wrote it.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);

  ~SqliteStore() override;

  // REQUIRES: article.content_hash is not empty (InvalidArgument otherwise).
  Result<bool> PutArticle(const Article& article) override;
  // Story ids must be unique (the stories table's key).
  Status PutStories(const std::vector<Story>& stories,
                    const std::vector<Reuse>& reuse) override;
  Status PutStoryChanges(const std::vector<Story>& stories,
                         const std::vector<size_t>& changed,
                         const std::vector<Reuse>& reuse,
                         size_t reuse_from) override;
  Result<std::vector<Article>> LoadArticles() override;
  // Fills Analysis::articles too (with LoadArticles), all read from one
  // snapshot of the file.
  Result<Analysis> LoadAnalysis() override;

 private:
  SqliteStore(std::string path, sqlite3* db)
      : path_(std::move(path)), db_(db) {}

  // Sets busy timeout, WAL mode, synchronous=NORMAL and foreign keys.
  Status Configure();
  // Switches the file to WAL journaling, retrying while another connection
  // is doing the same.
  Status SetWalMode();
  // IoError: "<path>: <what>: <sqlite message>".
  Status Error(const std::string& what) const;
  Status ClearStories();
  // Deletes the stored stories with the ids of stories[i], i in `which`.
  Status DeleteStories(const std::vector<Story>& stories,
                       const std::vector<size_t>& which);
  // Inserts stories[i], i in `which`, at position i.
  Status InsertStories(const std::vector<Story>& stories,
                       const std::vector<size_t>& which);
  // Writes reuse[from..] at their indexes, replacing rows from `from` on.
  Status InsertReuse(const std::vector<Reuse>& reuse, size_t from);
  Result<std::vector<Story>> LoadStories();
  Result<std::vector<Reuse>> LoadReuse();

  const std::string path_;  // the file, as named in every error
  sqlite3* const db_;       // owned; closed by the destructor
};

}  // namespace corroborate::store
