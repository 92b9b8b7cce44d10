// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/pipeline.h"

#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_set>

#include "corroborate/analyze.h"
#include "corroborate/corroborate.h"
#include "corroborate/entities.h"
#include "corroborate/extract.h"
#include "corroborate/link.h"
#include "corroborate/store.h"

#include "pipeline/mpi_finish.h"

namespace corroborate {
namespace {

// The gazetteer named by `configured` (see EntityOptions), loaded once per
// process and path: it is 7 MB and immutable, so every article and thread
// shares one copy. A missing file yields an empty gazetteer, not an error:
// entities are still found, only places lose their coordinates.
const Gazetteer& SharedGazetteer(const std::string& configured) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<Gazetteer>> loaded;
  std::string path = configured;
  if (path.empty()) {
    const char* env = std::getenv("CORROBORATE_GAZETTEER");
    path = env != nullptr ? env : CORROBORATE_DEFAULT_GAZETTEER;
  }
  std::lock_guard<std::mutex> lock(mutex);
  std::unique_ptr<Gazetteer>& slot = loaded[path];
  if (slot == nullptr) {
    Result<Gazetteer> read = LoadGazetteer(path);
    slot = std::make_unique<Gazetteer>(read.ok() ? std::move(read.value())
                                                 : Gazetteer());
  }
  return *slot;
}

// Links and corroborates `articles` (already analysed) into an Analysis.
Analysis LinkAndCorroborate(std::vector<Article> articles,
                            const PipelineOptions& options) {
  Analysis analysis;
  analysis.reuse = FindReuse(articles, options.link);
  std::vector<std::vector<int>> clusters =
      ClusterStories(articles, analysis.reuse, options.link);
  analysis.stories =
      Corroborate(articles, clusters, analysis.reuse, options.corroborate);
  analysis.articles = std::move(articles);
  return analysis;
}

}  // namespace

Analysis AnalyzeArticles(std::vector<Article> articles,
                         const PipelineOptions& options) {
  for (Article& article : articles) ExtractAndAnalyze(&article, options);
  return LinkAndCorroborate(std::move(articles), options);
}

namespace {

// Links `articles`, or with a store every stored article, including those
// another process stored meanwhile, so that concurrent runs leave stories
// covering all of them (Store::ReplaceStories).
Result<Analysis> LinkAll(Store* store, std::vector<Article> articles,
                         const PipelineOptions& options,
                         const pipeline::Linker& link) {
  if (store == nullptr) return link(std::move(articles), options);
  return store->ReplaceStories([&](std::vector<Article> stored) {
    return link(std::move(stored), options);
  });
}

// RunPipeline after ingest. `inputs` are in input order, one per content
// hash; they are run through ExtractAndAnalyze here unless `analysed`.
Result<PipelineRun> Finish(std::vector<Article> inputs,
                           const PipelineOptions& options, bool analysed,
                           const pipeline::Linker& link = LinkAndCorroborate) {
  PipelineRun run;
  std::unique_ptr<Store> store;
  std::vector<Article> articles;
  if (!options.store.url.empty()) {
    Result<std::unique_ptr<Store>> opened = Store::Open(options.store);
    if (!opened.ok()) return opened.status();
    store = std::move(opened.value());
    Result<std::vector<Article>> stored = store->LoadArticles();
    if (!stored.ok()) return stored.status();
    articles = std::move(stored.value());
  }
  std::unordered_set<std::string> known;
  for (const Article& a : articles) known.insert(a.content_hash);

  for (Article& article : inputs) {
    if (known.count(article.content_hash))
      continue;  // analysed in an earlier run
    if (!analysed) ExtractAndAnalyze(&article, options);
    if (store) {
      // One transaction per article: a crash later loses nothing stored here.
      Result<bool> put = store->PutArticle(article);
      if (!put.ok()) return put.status();
    }
    ++run.articles_new;
    articles.push_back(std::move(article));
  }
  Result<Analysis> analysis =
      LinkAll(store.get(), std::move(articles), options, link);
  if (!analysis.ok()) return analysis.status();
  run.analysis = std::move(analysis).value();
  return run;
}

}  // namespace

void ExtractAndAnalyze(Article* article, const PipelineOptions& options) {
  ExtractBody(article, options.extract);
  Analyze(article, options.analyze);
  EntityReport found =
      FindEntities(*article, SharedGazetteer(options.entities.gazetteer_path));
  article->entities = std::move(found.entities);
  article->places = std::move(found.places);
  article->dates = std::move(found.dates);
}

Result<PipelineRun> RunPipeline(const std::vector<std::string>& paths,
                                const PipelineOptions& options,
                                const DiagnosticSink& sink) {
  if (Status valid = ValidateOptions(options); !valid.ok()) return valid;
  int failed = 0;
  std::vector<Article> inputs =
      IngestInputs(paths, options.ingest, [&](const Status& status) {
        ++failed;
        sink(status);
      });
  Result<PipelineRun> run = Finish(std::move(inputs), options, false);
  if (run.ok()) run->inputs_failed = failed;
  return run;
}

Result<PipelineRun> FinishPipeline(std::vector<Article> analysed,
                                   const PipelineOptions& options) {
  if (Status valid = ValidateOptions(options); !valid.ok()) return valid;
  return Finish(std::move(analysed), options, true);
}

Result<PipelineRun> pipeline::FinishPipelineWith(std::vector<Article> analysed,
                                                 const PipelineOptions& options,
                                                 const Linker& link) {
  if (Status valid = ValidateOptions(options); !valid.ok()) return valid;
  return Finish(std::move(analysed), options, true, link);
}

}  // namespace corroborate
