// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// PostgresStore is the Store kept in a PostgreSQL database named by a libpq
// url ("postgresql://user@host:5432/news", or with the socket directory as
// "postgresql:///news?host=/run/postgresql"). Tables and columns are those of
// the SQLite store (docs/formats/schema.md), so one SQL query reads either.
//
// Every query binds its values as parameters; stories, claims and reuse
// links are bulk-loaded with COPY (pqxx::stream_to). Several processes may
// write one database at once: articles are inserted with ON CONFLICT DO
// NOTHING, and stories are replaced under an advisory lock (see
// ReplaceStories), so concurrent runs neither lose articles nor duplicate
// stories.
//
// Errors are IoError naming the url (password removed) and what failed; a row
// whose JSON cannot be read is a Corruption naming the table and row. libpqxx
// exceptions never leave this class. Not thread-safe: one store per thread.

#pragma once

#include <memory>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "corroborate/store.h"

namespace corroborate::store {

class PostgresStore : public Store {
 public:
  // Connects to `url` and migrates the database to kSchemaVersion. IoError
  // if the server cannot be reached, NotSupported if a newer build wrote it.
  static Result<std::unique_ptr<Store>> Open(const std::string& url);

  // REQUIRES: article.content_hash is not empty (InvalidArgument otherwise).
  Result<bool> PutArticle(const Article& article) override;
  // Story ids must be unique (the stories table's key). Runs under the
  // stories lock, in one transaction.
  Status PutStories(const std::vector<Story>& stories,
                    const std::vector<Reuse>& reuse) override;
  Status PutStoryChanges(const std::vector<Story>& stories,
                         const std::vector<size_t>& changed,
                         const std::vector<Reuse>& reuse,
                         size_t reuse_from) override;
  Result<std::vector<Article>> LoadArticles() override;
  // All read from one snapshot (REPEATABLE READ).
  Result<Analysis> LoadAnalysis() override;
  // Takes the stories lock, reads every stored article, derives and writes
  // the stories in the same transaction: the last of several concurrent
  // callers sees every article the others stored.
  Result<Analysis> ReplaceStories(const StoryDeriver& derive) override;

 private:
  PostgresStore(std::string name, std::unique_ptr<pqxx::connection> db)
      : name_(std::move(name)), db_(std::move(db)) {}

  // IoError: "<name>: <what>: <exception message>".
  Status Error(const std::string& what, const std::exception& e) const;
  // These throw pqxx exceptions; the public methods catch them.
  Result<std::vector<Article>> ReadArticles(pqxx::transaction_base& tx);
  Result<std::vector<Story>> ReadStories(pqxx::transaction_base& tx);
  Result<std::vector<Reuse>> ReadReuse(pqxx::transaction_base& tx);
  void WriteStories(pqxx::transaction_base& tx,
                    const std::vector<Story>& stories,
                    const std::vector<Reuse>& reuse);

  const std::string name_;  // the url without password, for errors
  std::unique_ptr<pqxx::connection> db_;
};

// `url` with any password replaced by "***", for messages and logs.
std::string RedactUrl(const std::string& url);

}  // namespace corroborate::store
