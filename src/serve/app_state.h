// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// What the web app serves: the analysis loaded from a store, kept in memory,
// and the one way to change it, adding an article. An added article runs
// through the pipeline (ingest, extract, analyze, entities) on the
// request's thread with no lock held. Then one linker thread takes every
// article waiting at that moment as a batch (group commit): stores each in
// its own transaction, places it in a story with StoryLinker, and
// re-corroborates each story the batch touched once, so under load the
// cost of a busy story is shared by all the articles that joined it; the
// stories are updated on all cores. Other stories keep their ids and
// claims. A save writes only the stories changed since the last save and
// the new reuse links (Store::PutStoryChanges), so its cost does not grow
// with the store. Stories are saved before a batch is answered when no
// upload waits, else at most once per second, and less often when a save
// is slow (kStorySaveInterval, kSaveShare in app_state.cc), and when the
// state is destroyed; an article whose story was
// not saved yet (a killed server) is placed in a story when the store is next
// opened.
//
// Thread-safe. Readers share a lock that the linker thread takes
// exclusively only to swap in a batch (append its articles, replace the
// stories it touched), so a read waits at most that long. This assumes one
// writing process per store: articles another process stores meanwhile
// join stories when the store is next opened, and stories another process
// writes meanwhile may be overwritten by the server's, story by story.

#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
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

  // Adds ingested articles (the `analyze --incremental` command): each keeps
  // its id unless another article has it (then a fresh "upload-N"), runs
  // through ExtractAndAnalyze on all cores unless already stored, and all
  // are queued at once, so the linker thread places them as one batch and
  // saves once. Answers in the order of `articles`.
  std::vector<Result<AddedArticle>> AddArticles(std::vector<Article> articles);

 private:
  struct Pending;  // an analysed upload waiting for the linker thread

  AppState(PipelineOptions options, std::unique_ptr<Store> store,
           Analysis analysis);
  // Returns `wanted` if it is free, else a fresh "upload-N"; reserves it.
  std::string ReserveId(const std::string& wanted);
  void ReleaseId(const std::string& id);
  // Queues analysed articles (ids reserved) for the linker thread, waits
  // for it to place them and answers each, in order; frees the ids of
  // repeats and failures. Shared by AddArticle and AddArticles.
  std::vector<Result<AddedArticle>> Submit(std::vector<Article> analysed);
  // The stored article with `hash` and its story, if any.
  std::optional<AddedArticle> Stored(const std::string& hash);
  // Places articles stored in no story (Open).
  void LinkOrphans(const std::vector<size_t>& orphans);
  // Stores, links and shows one batch and answers its uploads; saves the
  // stories when they are due. Linker thread only.
  void CommitBatch(std::vector<std::shared_ptr<Pending>>& batch);
  // Stores `article` and places it; the answer for its upload.
  // Linker thread only.
  Result<AddedArticle> StoreAndPlace(const Article& article);
  // Re-corroborates the stories of `added` and swaps the result in with
  // `added`. Linker thread only.
  void Publish(std::vector<Article> added,
               const std::vector<std::string>& stories);
  void SaveStories();  // Linker thread only.
  // True if stories changed and enough time passed since the last save
  // (always when `idle`: no upload waits). Linker thread only.
  bool SaveDue(bool idle) const;
  // The least time between saves while uploads keep arriving.
  std::chrono::steady_clock::duration BusySaveGap() const;
  void LinkerLoop();

  const PipelineOptions options_;
  mutable std::shared_mutex mutex_;  // guards analysis_
  Analysis analysis_;  // changed only by the linker thread, under mutex_
  std::atomic<uint64_t> version_{1};

  // The linker thread's; it reads analysis_ without mutex_.
  std::unique_ptr<Store> store_;
  StoryLinker linker_;
  std::unordered_map<std::string, size_t> story_at_;    // id -> index
  std::unordered_map<std::string, size_t> article_at_;  // id -> index
  bool dirty_ = false;  // stories changed since the last save
  // What the last save left out: indexes into analysis_.stories, and the
  // number of analysis_.reuse links the store holds.
  std::set<size_t> unsaved_stories_;
  size_t saved_reuse_ = 0;
  std::chrono::steady_clock::time_point last_save_;
  std::chrono::steady_clock::duration save_cost_{};  // of the last save

  // Guarded by ids_mutex_: ids and hashes uploads check before analysis.
  std::mutex ids_mutex_;
  std::unordered_set<std::string> ids_;  // stored and reserved article ids
  std::unordered_map<std::string, AddedArticle> by_hash_;  // stored ones

  // Guarded by queue_mutex_.
  std::mutex queue_mutex_;
  std::condition_variable queue_wake_;
  std::vector<std::shared_ptr<Pending>> queue_;
  bool stopping_ = false;
  // The uploads the linker thread is committing; linker thread only. A
  // member, not a local of LinkerLoop, so that the buffer it swaps with
  // queue_ is always reachable from this object: LeakSanitizer's check
  // while the thread runs reported that buffer leaked twice in 8.7 M
  // fuzz executions (docs/reliability.md, "The leak report").
  std::vector<std::shared_ptr<Pending>> batch_;
  std::thread linker_thread_;
};

// The story (id) holding article `article_id`, "" if none.
std::string StoryOfArticle(const Analysis& analysis,
                           const std::string& article_id);

}  // namespace corroborate::serve
