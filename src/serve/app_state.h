// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// What the web app serves: the analysis loaded from a store, kept in memory,
// and the one way to change it, adding an article. An added article runs
// through the pipeline (ingest, extract, analyze, entities) with no lock
// held, is stored (its own transaction), and joins a story through
// StoryLinker: only that story is re-corroborated, and other stories keep
// their ids and claims. Stories are saved to the store at most once per
// second (kStorySaveInterval in app_state.cc) and when the state is
// destroyed; an article whose story was not saved yet (a killed server) is
// linked again when the store is next opened.
//
// Thread-safe. Readers share a lock that a writer takes exclusively only to
// swap in its result (append the article, replace one story), so a read
// waits at most that long; writers are serialized by a second mutex. This
// assumes one writing process per store: articles another process stores
// meanwhile join stories when the store is next opened.

#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/options.h"
#include "corroborate/status.h"
#include "corroborate/store.h"

#include "serve/story_linker.h"

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
  // Opens the store at `options.store.url` and loads its analysis; links
  // stored articles that no stored story holds.
  static Result<std::unique_ptr<AppState>> Open(const PipelineOptions& options);

  // Saves unsaved stories.
  ~AppState();
  AppState(const AppState&) = delete;
  AppState& operator=(const AppState&) = delete;

  // Calls `read` with the current analysis under a shared lock.
  void Read(const std::function<void(const Analysis&)>& read) const;

  // Changes (by one or more) each time an added article becomes visible.
  uint64_t version() const { return version_.load(); }

  // Case- and accent-insensitive substring search over article titles and
  // body text and over claim texts; at most `limit` hits of each kind.
  std::vector<SearchHit> Search(std::string_view query, size_t limit) const;

  // Ingests `body`: a JSON object {"id"?, "title", "text", "url"?, "date"?,
  // "source"?} when `is_json`, else plain text (first line the title) named
  // `id` (a fresh "upload-N" when empty or taken). InvalidArgument for a
  // body that holds no article.
  Result<AddedArticle> AddArticle(std::string_view body, bool is_json,
                                  const std::string& id);

 private:
  AppState(PipelineOptions options, std::unique_ptr<Store> store,
           Analysis analysis);
  // Returns `wanted` if it is free, else a fresh "upload-N"; reserves it.
  std::string ReserveId(const std::string& wanted);
  void ReleaseId(const std::string& id);
  // Stores `article`, links it and makes it visible.
  // REQUIRES: write_mutex_ held.
  Result<AddedArticle> Commit(Article article);
  // Puts `update` and `article` (unless its id is empty) into the analysis.
  // REQUIRES: both mutexes held (mutex_ exclusively).
  void Apply(StoryUpdate update, Article article);
  // Saves the stories now, or has the saver thread do it once
  // kStorySaveInterval has passed since the last save.
  // REQUIRES: write_mutex_ held.
  void SaveStoriesSoon();
  void SaveStories();  // REQUIRES: write_mutex_ held.
  void SaverLoop();

  const PipelineOptions options_;
  mutable std::shared_mutex mutex_;  // guards analysis_
  Analysis analysis_;
  std::atomic<uint64_t> version_{1};

  // Guarded by write_mutex_ (and only writers change analysis_, holding it).
  std::mutex write_mutex_;
  std::unique_ptr<Store> store_;
  StoryLinker linker_;
  std::unordered_set<std::string> ids_;  // stored and reserved article ids
  std::unordered_map<std::string, std::string> by_hash_;  // hash -> id
  std::unordered_map<std::string, size_t> story_at_;      // id -> index
  bool dirty_ = false;     // stories changed since the last save
  bool stopping_ = false;  // the saver thread must finish
  std::chrono::steady_clock::time_point last_save_;
  std::condition_variable saver_wake_;
  std::thread saver_;
};

// The story (id) holding article `article_id`, "" if none.
std::string StoryOfArticle(const Analysis& analysis,
                           const std::string& article_id);

}  // namespace corroborate::serve
