// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "serve/app_state.h"

#include <algorithm>
#include <future>
#include <map>

#include <nlohmann/json.hpp>

#include "corroborate/ingest.h"
#include "corroborate/pipeline.h"

#include "util/text.h"

namespace corroborate::serve {
namespace {

// Stories are saved at most this often while uploads keep arriving. A save
// writes the stories changed since the last one and the new reuse links
// (Store::PutStoryChanges), in one transaction: its cost follows the change,
// not the store, but a transaction per batch would still be a disk sync per
// batch, so busy periods share one save a second; articles themselves are
// stored at once. When no upload waits, a batch's stories are saved before
// its uploads are answered, always, so a lone upload is on disk when its
// answer arrives (another process reading the store sees it). A single
// client uploading one article after another therefore pays one save per
// upload; concurrent uploaders share them.
constexpr std::chrono::milliseconds kStorySaveInterval(1000);

// While uploads keep arriving, the gap after a save is at least this many
// times its duration, which keeps saving under 1/(1+kSaveShare) = 1/11 of the
// linker thread's time even when a save is slow (a large change, a slow
// disk or database).
constexpr int kSaveShare = 10;

// Bytes of context kept on each side of a search match in a snippet.
constexpr size_t kSnippetContext = 80;

std::string Fold(std::string_view text) {
  return util::FoldCase(util::FoldAccents(text));
}

// `text` around byte `at` (of the folded text; folding keeps ASCII
// positions, so this is approximate only around accented letters), cut at
// UTF-8 boundaries.
std::string Snippet(const std::string& text, size_t at) {
  size_t begin = at > kSnippetContext ? at - kSnippetContext : 0;
  size_t end = std::min(text.size(), at + kSnippetContext);
  while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80)
    --begin;
  while (end < text.size() &&
         (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
    ++end;
  return (begin > 0 ? "\u2026" : "") + text.substr(begin, end - begin) +
         (end < text.size() ? "\u2026" : "");
}

void SearchArticles(const Analysis& analysis, const std::string& q,
                    size_t limit, std::vector<SearchHit>* hits) {
  size_t found = 0;
  for (const Article& a : analysis.articles) {
    if (found == limit) return;
    std::string where = a.title;
    size_t at = Fold(a.title).find(q);
    for (size_t i = 0; at == std::string::npos && i < a.paragraphs.size();
         ++i) {
      where = a.paragraphs[i].text;
      at = Fold(where).find(q);
    }
    if (at == std::string::npos) continue;
    hits->push_back({"article", a.id, StoryOfArticle(analysis, a.id), a.title,
                     Snippet(where, at)});
    ++found;
  }
}

void SearchClaims(const Analysis& analysis, const std::string& q, size_t limit,
                  std::vector<SearchHit>* hits) {
  size_t found = 0;
  for (const Story& s : analysis.stories) {
    for (const Claim& c : s.claims) {
      if (found == limit) return;
      size_t at = Fold(c.text).find(q);
      if (at == std::string::npos) continue;
      hits->push_back({"claim", c.id, s.id, c.text, Snippet(c.text, at)});
      ++found;
    }
  }
}

// An upload before it is read: a parsed JSON object (null for plain text)
// and the id it asks for ("" for none).
struct Upload {
  nlohmann::json object;
  std::string wanted_id;
};

// Parses a JSON upload. Null object on a body that is not a JSON object with
// a string "text".
Upload ParseJsonUpload(std::string_view body, const std::string& id) {
  Upload upload{nlohmann::json::parse(body, nullptr, false), id};
  nlohmann::json& j = upload.object;
  if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
    j = nullptr;
    return upload;
  }
  if (j.contains("id") && j["id"].is_string() &&
      !j["id"].get<std::string>().empty()) {
    upload.wanted_id = j["id"].get<std::string>();
  }
  if (!j.contains("title")) j["title"] = "";
  return upload;
}

// Reads the upload as article `id` (a JSON upload as one JSONL line, so it
// is read exactly like JSONL input) and runs extract and analyze.
Result<Article> ReadUpload(std::string_view body, Upload upload,
                           const std::string& id,
                           const PipelineOptions& options) {
  std::string line;
  if (!upload.object.is_null()) {
    upload.object["id"] = id;
    line = upload.object.dump(-1, ' ', false,
                              nlohmann::json::error_handler_t::replace);
    body = line;
  }
  DiagnosticSink ignore = [](const Status&) {};
  Result<std::vector<Article>> read =
      IngestBytes(body, line.empty() ? "upload.txt" : "upload.jsonl",
                  options.ingest, ignore);
  if (!read.ok()) return read.status();
  if (read->empty()) return Status::InvalidArgument("upload", "no article");
  Article article = std::move(read->front());
  article.id = id;  // the reserved id, whatever the reader derived
  return article;
}

// The stories of `work` (story id, its added articles) updated by
// `linker`, on as many threads as there are cores: stories are independent,
// and re-corroborating them is most of a batch's cost.
// Calls work(i) for every i < n, spread over the cores (the calling thread
// takes part).
void ForEachOnAllCores(size_t n, const std::function<void(size_t)>& work) {
  std::atomic<size_t> next{0};
  auto run = [&] {
    for (size_t i; (i = next++) < n;) work(i);
  };
  const size_t cores = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> helpers;
  for (size_t t = 1; t < std::min(cores, n); ++t) helpers.emplace_back(run);
  run();
  for (std::thread& t : helpers) t.join();
}

std::vector<StoryUpdate> UpdateStories(
    const StoryLinker& linker, const Analysis& analysis,
    const std::unordered_map<std::string, size_t>& article_at,
    const std::vector<std::pair<std::string, std::vector<const Article*>>>&
        work) {
  std::vector<StoryUpdate> updates(work.size());
  ForEachOnAllCores(work.size(), [&](size_t i) {
    updates[i] =
        linker.Update(analysis, article_at, work[i].first, work[i].second);
  });
  return updates;
}

}  // namespace

std::string StoryOfArticle(const Analysis& analysis,
                           const std::string& article_id) {
  for (const Story& s : analysis.stories) {
    if (std::find(s.articles.begin(), s.articles.end(), article_id) !=
        s.articles.end()) {
      return s.id;
    }
  }
  return "";
}

struct AppState::Pending {
  Article article;
  std::promise<Result<AddedArticle>> answer;
};

Result<std::unique_ptr<AppState>> AppState::Open(
    const PipelineOptions& options) {
  if (Status valid = ValidateOptions(options); !valid.ok()) return valid;
  Result<std::unique_ptr<Store>> store = Store::Open(options.store);
  if (!store.ok()) return store.status();
  Result<Analysis> analysis = store.value()->LoadAnalysis();
  if (!analysis.ok()) return analysis.status();
  return std::unique_ptr<AppState>(new AppState(
      options, std::move(store).value(), std::move(analysis).value()));
}

AppState::AppState(PipelineOptions options, std::unique_ptr<Store> store,
                   Analysis analysis)
    : options_(std::move(options)),
      analysis_(std::move(analysis)),
      store_(std::move(store)),
      linker_(options_.link, options_.corroborate),
      saved_reuse_(analysis_.reuse.size()) {
  const std::vector<size_t> orphans = linker_.Seed(analysis_);
  for (size_t i = 0; i < analysis_.stories.size(); ++i) {
    story_at_.emplace(analysis_.stories[i].id, i);
  }
  for (size_t i = 0; i < analysis_.articles.size(); ++i) {
    const Article& a = analysis_.articles[i];
    article_at_.emplace(a.id, i);
    ids_.insert(a.id);
    by_hash_.emplace(
        a.content_hash,
        AddedArticle{a.id, StoryOfArticle(analysis_, a.id), false});
  }
  LinkOrphans(orphans);
  linker_thread_ = std::thread([this] { LinkerLoop(); });
}

AppState::~AppState() {
  {
    std::lock_guard lock(queue_mutex_);
    stopping_ = true;
  }
  queue_wake_.notify_all();
  linker_thread_.join();
}

void AppState::LinkOrphans(const std::vector<size_t>& orphans) {
  if (orphans.empty()) return;
  std::map<std::string, std::vector<const Article*>> added;
  for (size_t i : orphans) {
    const Article& a = analysis_.articles[i];
    std::string story = linker_.Place(a);
    by_hash_[a.content_hash].story = story;
    added[story].push_back(&a);
  }
  for (const auto& [story, articles] : added) {
    StoryUpdate update =
        linker_.Update(analysis_, article_at_, story, articles);
    if (update.created) {
      story_at_[story] = analysis_.stories.size();
      analysis_.stories.push_back(std::move(update.story));
    } else {
      analysis_.stories[story_at_.at(story)] = std::move(update.story);
    }
    unsaved_stories_.insert(story_at_.at(story));
    for (Reuse& r : update.new_reuse) analysis_.reuse.push_back(std::move(r));
  }
  dirty_ = true;
  SaveStories();
}

void AppState::Read(const std::function<void(const Analysis&)>& read) const {
  std::shared_lock lock(mutex_);
  read(analysis_);
}

std::vector<SearchHit> AppState::Search(std::string_view query,
                                        size_t limit) const {
  std::string q = Fold(util::Trim(query));
  std::vector<SearchHit> hits;
  if (q.empty()) return hits;
  std::shared_lock lock(mutex_);
  SearchArticles(analysis_, q, limit, &hits);
  SearchClaims(analysis_, q, limit, &hits);
  return hits;
}

std::string AppState::ReserveId(const std::string& wanted) {
  std::lock_guard lock(ids_mutex_);
  std::string name = wanted;
  for (size_t n = ids_.size() + 1; name.empty() || ids_.count(name); ++n) {
    name = "upload-" + std::to_string(n);
  }
  ids_.insert(name);
  return name;
}

void AppState::ReleaseId(const std::string& id) {
  std::lock_guard lock(ids_mutex_);
  ids_.erase(id);
}

std::optional<AddedArticle> AppState::Stored(const std::string& hash) {
  std::lock_guard lock(ids_mutex_);
  auto it = by_hash_.find(hash);
  if (it == by_hash_.end()) return std::nullopt;
  return it->second;
}

Result<AddedArticle> AppState::AddArticle(std::string_view body, bool is_json,
                                          const std::string& id) {
  Upload upload = is_json ? ParseJsonUpload(body, id) : Upload{nullptr, id};
  if (is_json && upload.object.is_null()) {
    return Status::InvalidArgument(
        "upload", "expected a JSON object with a string \"text\"");
  }
  const std::string name = ReserveId(upload.wanted_id);
  Result<Article> read = ReadUpload(body, std::move(upload), name, options_);
  if (!read.ok()) {
    ReleaseId(name);
    return read.status();
  }
  // A repeat is answered before the costly analysis; the linker thread
  // checks again for a repeat that arrived meanwhile.
  if (std::optional<AddedArticle> stored = Stored(read->content_hash)) {
    ReleaseId(name);
    return *stored;
  }
  ExtractAndAnalyze(&read.value(), options_);
  std::vector<Article> one;
  one.push_back(std::move(read).value());
  return std::move(Submit(std::move(one)).front());
}

std::vector<Result<AddedArticle>> AppState::AddArticles(
    std::vector<Article> articles) {
  std::vector<Result<AddedArticle>> answers(articles.size(), AddedArticle{});
  std::vector<size_t> to_analyse;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (std::optional<AddedArticle> stored = Stored(articles[i].content_hash)) {
      answers[i] = *stored;
      continue;
    }
    articles[i].id = ReserveId(articles[i].id);
    to_analyse.push_back(i);
  }
  // The analysis is per article and thread-safe (the server runs it on
  // concurrent request threads), so it is spread over the cores.
  ForEachOnAllCores(to_analyse.size(), [&](size_t k) {
    ExtractAndAnalyze(&articles[to_analyse[k]], options_);
  });
  std::vector<Article> analysed;
  analysed.reserve(to_analyse.size());
  for (size_t i : to_analyse) analysed.push_back(std::move(articles[i]));
  std::vector<Result<AddedArticle>> placed = Submit(std::move(analysed));
  for (size_t k = 0; k < to_analyse.size(); ++k) {
    answers[to_analyse[k]] = std::move(placed[k]);
  }
  return answers;
}

std::vector<Result<AddedArticle>> AppState::Submit(
    std::vector<Article> analysed) {
  // Each Pending is shared with the linker thread, so its promise outlives
  // set_value even when this thread wakes and returns first; the linker
  // thread moves the article out, hence the names kept here.
  std::vector<std::string> names;
  std::vector<std::future<Result<AddedArticle>>> futures;
  bool stopping = false;
  {
    std::lock_guard lock(queue_mutex_);
    stopping = stopping_;
    for (Article& article : analysed) {
      auto pending = std::make_shared<Pending>();
      names.push_back(article.id);
      pending->article = std::move(article);
      futures.push_back(pending->answer.get_future());
      if (!stopping) queue_.push_back(std::move(pending));
    }
  }
  queue_wake_.notify_all();
  std::vector<Result<AddedArticle>> answers;
  answers.reserve(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    answers.push_back(stopping ? Result<AddedArticle>(Status::IoError(
                                     names[i], "the server is stopping"))
                               : futures[i].get());
    // A repeat (found by the linker thread) or a failure frees its name.
    if (!answers[i].ok() || !answers[i]->is_new) ReleaseId(names[i]);
  }
  return answers;
}

void AppState::LinkerLoop() {
  for (;;) {
    {
      std::unique_lock lock(queue_mutex_);
      auto ready = [this] { return stopping_ || !queue_.empty(); };
      if (dirty_) {
        queue_wake_.wait_until(lock, last_save_ + BusySaveGap(), ready);
      } else {
        queue_wake_.wait(lock, ready);
      }
      if (stopping_ && queue_.empty()) break;
      // A wake for a timed save has nothing to take, so the buffers change
      // owner only while an upload waits for its answer, never behind the
      // back of a request thread (the one ownership change that could run
      // beside the fuzzer's leak check; docs/reliability.md, "The leak
      // report").
      if (!queue_.empty()) batch_.swap(queue_);
    }
    if (!batch_.empty()) CommitBatch(batch_);
    batch_.clear();
    if (SaveDue(false)) SaveStories();
  }
  if (dirty_) SaveStories();
}

Result<AddedArticle> AppState::StoreAndPlace(const Article& article) {
  if (std::optional<AddedArticle> stored = Stored(article.content_hash)) {
    return *stored;
  }
  Result<bool> put = store_->PutArticle(article);
  if (!put.ok()) return put.status();
  AddedArticle added{article.id, linker_.Place(article), true};
  std::lock_guard lock(ids_mutex_);
  by_hash_.emplace(article.content_hash,
                   AddedArticle{added.id, added.story, false});
  return added;
}

void AppState::CommitBatch(std::vector<std::shared_ptr<Pending>>& batch) {
  std::vector<Result<AddedArticle>> answers;
  std::vector<Article> added;
  std::vector<std::string> stories;
  for (const std::shared_ptr<Pending>& p : batch) {
    answers.push_back(StoreAndPlace(p->article));
    if (!answers.back().ok() || !answers.back()->is_new) continue;
    added.push_back(std::move(p->article));
    stories.push_back(answers.back()->story);
  }
  if (!added.empty()) Publish(std::move(added), stories);
  bool idle = false;
  {
    std::lock_guard lock(queue_mutex_);
    idle = queue_.empty();
  }
  if (SaveDue(idle)) SaveStories();
  for (size_t i = 0; i < batch.size(); ++i) {
    batch[i]->answer.set_value(std::move(answers[i]));
  }
}

void AppState::Publish(std::vector<Article> added,
                       const std::vector<std::string>& stories) {
  std::map<std::string, std::vector<const Article*>> members;
  for (size_t i = 0; i < added.size(); ++i) {
    members[stories[i]].push_back(&added[i]);
  }
  std::vector<StoryUpdate> updates = UpdateStories(
      linker_, analysis_, article_at_, {members.begin(), members.end()});
  std::unique_lock lock(mutex_);
  for (Article& a : added) {
    article_at_.emplace(a.id, analysis_.articles.size());
    analysis_.articles.push_back(std::move(a));
  }
  for (StoryUpdate& u : updates) {
    if (u.created) {
      story_at_[u.story.id] = analysis_.stories.size();
      unsaved_stories_.insert(analysis_.stories.size());
      analysis_.stories.push_back(std::move(u.story));
    } else {
      const size_t at = story_at_.at(u.story.id);
      unsaved_stories_.insert(at);
      analysis_.stories[at] = std::move(u.story);
    }
    for (Reuse& r : u.new_reuse) analysis_.reuse.push_back(std::move(r));
  }
  version_.fetch_add(1);
  dirty_ = true;
}

std::chrono::steady_clock::duration AppState::BusySaveGap() const {
  return std::max<std::chrono::steady_clock::duration>(kStorySaveInterval,
                                                       kSaveShare * save_cost_);
}

bool AppState::SaveDue(bool idle) const {
  if (!dirty_) return false;
  if (idle) return true;
  return std::chrono::steady_clock::now() - last_save_ >= BusySaveGap();
}

void AppState::SaveStories() {
  // A failed save rolls back and leaves dirty_ set, and the changes stay
  // listed, so the next save writes them again with any newer ones; the
  // articles are stored, and Open places them if no save ever succeeds.
  const auto start = std::chrono::steady_clock::now();
  const std::vector<size_t> changed(unsaved_stories_.begin(),
                                    unsaved_stories_.end());
  dirty_ = !store_
                ->PutStoryChanges(analysis_.stories, changed, analysis_.reuse,
                                  saved_reuse_)
                .ok();
  if (!dirty_) {
    unsaved_stories_.clear();
    saved_reuse_ = analysis_.reuse.size();
  }
  last_save_ = std::chrono::steady_clock::now();
  save_cost_ = last_save_ - start;
}

}  // namespace corroborate::serve
