// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// What the web app serves: the analysis loaded from a store, kept in memory,
// and the one way to change it, adding an article. An added article runs
// through the pipeline (ingest, extract, analyze), is stored, and every
// stored article is re-linked and re-corroborated so it joins its story.
//
// Thread-safe: readers share a lock, AddArticle takes it exclusively.

#pragma once

#include <functional>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/options.h"
#include "corroborate/status.h"
#include "corroborate/store.h"

namespace corroborate::serve {

struct SearchHit {
  std::string kind;     // "article" or "claim"
  std::string id;       // article or claim id
  std::string story;    // the story it belongs to ("" if none)
  std::string title;    // article title or claim text
  std::string snippet;  // the matching text, up to ~200 bytes
};

struct AddedArticle {
  std::string id;       // the stored article's id
  std::string story;    // the story it joined
  bool is_new = false;  // false if the same content was stored before
};

class AppState {
 public:
  // Opens the store at `options.store.url` and loads its analysis.
  static Result<std::unique_ptr<AppState>> Open(const PipelineOptions& options);

  // Calls `read` with the current analysis under a shared lock.
  void Read(const std::function<void(const Analysis&)>& read) const;

  // Case- and accent-insensitive substring search over article titles and
  // body text and over claim texts; at most `limit` hits of each kind.
  std::vector<SearchHit> Search(std::string_view query, size_t limit) const;

  // Ingests `body`: a JSON object {"id"?, "title", "text", "url"?, "date"?,
  // "source"?} when `is_json`, else plain text (first line the title) named
  // `id` (a fresh "upload-N" when empty). InvalidArgument for a body that
  // holds no article.
  Result<AddedArticle> AddArticle(std::string_view body, bool is_json,
                                  const std::string& id);

 private:
  AppState(PipelineOptions options, std::unique_ptr<Store> store,
           Analysis analysis);
  // Re-derives the stories from every stored article and keeps the result.
  // REQUIRES: mutex_ held exclusively.
  Status Relink();

  PipelineOptions options_;
  std::unique_ptr<Store> store_;
  mutable std::shared_mutex mutex_;
  Analysis analysis_;
};

// The story (id) holding article `article_id`, "" if none.
std::string StoryOfArticle(const Analysis& analysis,
                           const std::string& article_id);

}  // namespace corroborate::serve
