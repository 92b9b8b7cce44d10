// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "serve/app_state.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "corroborate/ingest.h"
#include "corroborate/pipeline.h"

#include "util/text.h"

namespace corroborate::serve {
namespace {

// Stories are saved at most this often while articles arrive. A save
// rewrites every story (Store::PutStories), which costs tens of ms per
// thousand stories (src/store/sqlite_store.cc), so saving after each upload
// would make ingest cost grow with the store; once a second bounds that
// cost to a small share of the writer's time, and articles themselves are
// stored at once.
constexpr std::chrono::milliseconds kStorySaveInterval(1000);

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
      store_(std::move(store)),
      linker_(options_.link, options_.corroborate) {
  std::vector<size_t> unlinked = linker_.Seed(analysis);
  for (const Article& a : analysis.articles) {
    ids_.insert(a.id);
    by_hash_.emplace(a.content_hash, a.id);
  }
  for (size_t i = 0; i < analysis.stories.size(); ++i) {
    story_at_.emplace(analysis.stories[i].id, i);
  }
  analysis_ = std::move(analysis);
  for (size_t i : unlinked) {
    StoryUpdate update = linker_.Link(analysis_, analysis_.articles[i]);
    Apply(std::move(update), Article());
    dirty_ = true;
  }
  if (dirty_) SaveStories();
  saver_ = std::thread([this] { SaverLoop(); });
}

AppState::~AppState() {
  {
    std::lock_guard lock(write_mutex_);
    stopping_ = true;
  }
  saver_wake_.notify_all();
  saver_.join();
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
  std::lock_guard lock(write_mutex_);
  std::string name = wanted;
  for (size_t n = ids_.size() + 1; name.empty() || ids_.count(name); ++n) {
    name = "upload-" + std::to_string(n);
  }
  ids_.insert(name);
  return name;
}

void AppState::ReleaseId(const std::string& id) {
  std::lock_guard lock(write_mutex_);
  ids_.erase(id);
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
  {
    // A repeat is answered before the costly analysis; Commit checks again
    // for a repeat that arrived meanwhile.
    std::lock_guard lock(write_mutex_);
    auto stored = by_hash_.find(read->content_hash);
    if (stored != by_hash_.end()) {
      ids_.erase(name);
      return AddedArticle{stored->second,
                          StoryOfArticle(analysis_, stored->second), false};
    }
  }
  ExtractAndAnalyze(&read.value(), options_);
  std::unique_lock lock(write_mutex_);
  Result<AddedArticle> added = Commit(std::move(read).value());
  if (!added.ok() || !added->is_new) ids_.erase(name);
  if (added.ok() && added->is_new) SaveStoriesSoon();
  return added;
}

Result<AddedArticle> AppState::Commit(Article article) {
  auto stored = by_hash_.find(article.content_hash);
  if (stored != by_hash_.end()) {
    return AddedArticle{stored->second,
                        StoryOfArticle(analysis_, stored->second), false};
  }
  Result<bool> put = store_->PutArticle(article);
  if (!put.ok()) return put.status();
  by_hash_.emplace(article.content_hash, article.id);
  // Linking reads analysis_ without mutex_: only writers change it, and
  // they hold write_mutex_ as this one does.
  StoryUpdate update = linker_.Link(analysis_, article);
  AddedArticle added{article.id, update.story.id, true};
  std::unique_lock lock(mutex_);
  Apply(std::move(update), std::move(article));
  version_.fetch_add(1);
  return added;
}

// An `article` without id is one the analysis holds already (Open).
void AppState::Apply(StoryUpdate update, Article article) {
  if (!article.id.empty()) analysis_.articles.push_back(std::move(article));
  const std::string id = update.story.id;
  if (update.created) {
    story_at_[id] = analysis_.stories.size();
    analysis_.stories.push_back(std::move(update.story));
  } else {
    analysis_.stories[story_at_.at(id)] = std::move(update.story);
  }
  for (Reuse& r : update.new_reuse) analysis_.reuse.push_back(std::move(r));
}

void AppState::SaveStoriesSoon() {
  dirty_ = true;
  if (std::chrono::steady_clock::now() - last_save_ >= kStorySaveInterval) {
    SaveStories();
  } else {
    saver_wake_.notify_all();
  }
}

void AppState::SaveStories() {
  // A failed save leaves dirty_ set, so the saver tries again; the articles
  // are stored, and Open relinks them if no save ever succeeds.
  if (store_->PutStories(analysis_.stories, analysis_.reuse).ok()) {
    dirty_ = false;
  }
  last_save_ = std::chrono::steady_clock::now();
}

void AppState::SaverLoop() {
  std::unique_lock lock(write_mutex_);
  while (!stopping_) {
    saver_wake_.wait(lock, [this] { return dirty_ || stopping_; });
    if (stopping_) break;
    saver_wake_.wait_until(lock, last_save_ + kStorySaveInterval,
                           [this] { return stopping_; });
    if (dirty_) SaveStories();
  }
  if (dirty_) SaveStories();
}

}  // namespace corroborate::serve
