// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "serve/app_state.h"

#include <algorithm>
#include <mutex>
#include <set>

#include <nlohmann/json.hpp>

#include "corroborate/analyze.h"
#include "corroborate/corroborate.h"
#include "corroborate/extract.h"
#include "corroborate/ingest.h"
#include "corroborate/link.h"

#include "util/text.h"

namespace corroborate::serve {
namespace {

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

// Turns an uploaded JSON object into one JSONL line for IngestBytes, so
// uploads are read exactly like JSONL input. Empty on a bad body.
std::string JsonBodyToLine(std::string_view body, std::string* id) {
  nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
  if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
    return "";
  }
  if (!j.contains("id") || !j["id"].is_string() ||
      j["id"].get<std::string>().empty()) {
    j["id"] = *id;
  }
  if (!j.contains("title")) j["title"] = "";
  *id = j["id"].get<std::string>();
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
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
      analysis_(std::move(analysis)) {}

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

Status AppState::Relink() {
  // Through the store, so articles another process stored meanwhile join
  // the stories too (Store::ReplaceStories).
  Result<Analysis> relinked =
      store_->ReplaceStories([this](std::vector<Article> stored) {
        Analysis a;
        a.reuse = FindReuse(stored, options_.link);
        std::vector<std::vector<int>> clusters =
            ClusterStories(stored, a.reuse, options_.link);
        a.stories =
            Corroborate(stored, clusters, a.reuse, options_.corroborate);
        a.articles = std::move(stored);
        return a;
      });
  if (!relinked.ok()) return relinked.status();
  analysis_ = std::move(relinked).value();
  return Status::Ok();
}

Result<AddedArticle> AppState::AddArticle(std::string_view body, bool is_json,
                                          const std::string& id) {
  std::unique_lock lock(mutex_);
  std::set<std::string> ids;
  for (const Article& a : analysis_.articles) ids.insert(a.id);
  std::string name = id;
  for (size_t n = ids.size() + 1; name.empty() || ids.count(name); ++n) {
    name = "upload-" + std::to_string(n);
  }
  std::string line;
  if (is_json) {
    line = JsonBodyToLine(body, &name);
    if (line.empty()) {
      return Status::InvalidArgument(
          "upload", "expected a JSON object with a string \"text\"");
    }
    body = line;
  }
  DiagnosticSink ignore = [](const Status&) {};
  Result<std::vector<Article>> read = IngestBytes(
      body, is_json ? "upload.jsonl" : name + ".txt", options_.ingest, ignore);
  if (!read.ok()) return read.status();
  if (read->empty()) return Status::InvalidArgument("upload", "no article");
  Article article = std::move(read->front());
  for (const Article& a : analysis_.articles) {
    if (a.content_hash == article.content_hash) {
      return AddedArticle{a.id, StoryOfArticle(analysis_, a.id), false};
    }
  }
  if (ids.count(article.id)) article.id = name;  // never shadow a stored id
  ExtractBody(&article, options_.extract);
  Analyze(&article, options_.analyze);
  Result<bool> put = store_->PutArticle(article);
  if (!put.ok()) return put.status();
  std::string added = article.id;
  if (Status s = Relink(); !s.ok()) return s;
  return AddedArticle{added, StoryOfArticle(analysis_, added), true};
}

}  // namespace corroborate::serve
