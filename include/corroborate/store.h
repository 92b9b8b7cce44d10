// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Where analyses are kept. Store is an interface with one implementation per
// database (SQLite now, in src/store/), chosen by StoreOptions::url.
//
// Articles are keyed by their content hash: putting the same article twice
// stores it once. Each article is written in its own transaction, so a crash
// loses at most the article being written. Stories and claims are derived
// data, replaced as a whole by PutStories, or story by story by
// PutStoryChanges when a long-running writer (the web server) changes a few.
//
// A Store is not thread-safe; use one per thread.

#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/options.h"
#include "corroborate/status.h"

namespace corroborate {

class Store {
 public:
  // Opens (creating if needed, migrating if older) the store named by
  // options.url. Errors name the url and the problem.
  static Result<std::unique_ptr<Store>> Open(const StoreOptions& options);

  Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  virtual ~Store() = default;

  // Stores `article` unless one with the same content hash is stored.
  // Returns true iff it was new.
  virtual Result<bool> PutArticle(const Article& article) = 0;

  // Replaces all stories (with their claims) and reuse links.
  virtual Status PutStories(const std::vector<Story>& stories,
                            const std::vector<Reuse>& reuse) = 0;

  // Saves what changed in an analysis whose earlier state this store holds
  // (written by PutStories or PutStoryChanges, or read by LoadAnalysis): the
  // stories at the indexes `changed` (each replaces the stored story with
  // its id and that story's articles and claims, or is added, at its index
  // as position) and the reuse links from index `reuse_from` on. One
  // transaction. Its cost follows the size of the change, not of the stored
  // analysis, so a writer that changes a story per article can save after
  // every article at any store size.
  // REQUIRES: every index in `changed` < stories.size(); reuse_from <=
  // reuse.size().
  virtual Status PutStoryChanges(const std::vector<Story>& stories,
                                 const std::vector<size_t>& changed,
                                 const std::vector<Reuse>& reuse,
                                 size_t reuse_from) = 0;

  // Returns every stored article, in insertion order.
  virtual Result<std::vector<Article>> LoadArticles() = 0;

  // Returns the stored stories and reuse links.
  virtual Result<Analysis> LoadAnalysis() = 0;

  // Computes an Analysis (stories and reuse) from every stored article.
  using StoryDeriver = std::function<Analysis(std::vector<Article> stored)>;

  // Replaces the stored stories with those `derive` finds in every stored
  // article (in insertion order), and returns its Analysis. Backends shared
  // by several writers (PostgreSQL) do the read, derive and write as one
  // step under a lock, so when two processes store articles at once, the
  // last to finish derives the stories from the articles of both. The
  // default is LoadArticles, derive, PutStories.
  virtual Result<Analysis> ReplaceStories(const StoryDeriver& derive);

  // The schema version this build writes.
  static constexpr int kSchemaVersion = 1;
};

}  // namespace corroborate
