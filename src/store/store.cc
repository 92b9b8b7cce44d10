// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Store::Open: picks the backend from the url. Backend code lives in its own
// files (sqlite_store.cc, postgres_store.cc); this file knows only url
// syntax, and the default Store::ReplaceStories.

#include "corroborate/store.h"

#include <string>
#include <string_view>

#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace corroborate {

Result<std::unique_ptr<Store>> Store::Open(const StoreOptions& options) {
  const std::string_view url = options.url;
  if (url.empty()) {
    return Status::InvalidArgument(
        "store url", "empty; name a database file such as corroborate.db");
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return store::PostgresStore::Open(options.url);
  }
  std::string_view path = url;
  if (url.starts_with("sqlite://")) {
    path.remove_prefix(9);  // "sqlite:///abs/path.db" -> "/abs/path.db"
  } else if (url.starts_with("sqlite:")) {
    path.remove_prefix(7);  // "sqlite:file.db" -> "file.db"
  } else if (url.find("://") != std::string_view::npos) {
    return Status::NotSupported(
        url,
        "unknown store url scheme; use FILE, sqlite:FILE or postgresql://...");
  }
  if (path.empty())
    return Status::InvalidArgument(url, "no database file name");
  return store::SqliteStore::Open(std::string(path));
}

Result<Analysis> Store::ReplaceStories(const StoryDeriver& derive) {
  Result<std::vector<Article>> stored = LoadArticles();
  if (!stored.ok()) return stored.status();
  Analysis analysis = derive(std::move(stored).value());
  Status put = PutStories(analysis.stories, analysis.reuse);
  if (!put.ok()) return put;
  return analysis;
}

}  // namespace corroborate
