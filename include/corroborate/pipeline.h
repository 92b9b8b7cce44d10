// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The whole pipeline in one call: ingest -> extract -> analyze -> link ->
// corroborate, optionally stored. This is what `corroborate analyze` runs.

#pragma once

#include <string>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/ingest.h"
#include "corroborate/options.h"
#include "corroborate/status.h"

namespace corroborate {

struct PipelineRun {
  Analysis analysis;
  int inputs_failed = 0;  // files (or JSONL lines) that could not be read
  int articles_new = 0;   // articles not in the store before this run
};

// Analyses the files and directories in `paths`. Each bad input is reported
// to `sink` and skipped. With a store (options.store.url non-empty), new
// articles are stored one transaction each, previously stored articles join
// the linking, and the resulting stories replace the stored ones.
// Returns a non-OK status only if the options are invalid or the store
// cannot be opened or written.
Result<PipelineRun> RunPipeline(const std::vector<std::string>& paths,
                                const PipelineOptions& options,
                                const DiagnosticSink& sink);

// The end of RunPipeline, for callers that ingest, extract and analyse
// themselves (the MPI driver, src/pipeline/mpi_pipeline.h). `analysed` are
// articles in input order, one per content hash, each already through
// ExtractAndAnalyze. With a store, those already stored keep their stored
// analysis and the rest are stored, as in RunPipeline; inputs_failed is 0.
Result<PipelineRun> FinishPipeline(std::vector<Article> analysed,
                                   const PipelineOptions& options);

// The per-article stages: ExtractBody, then Analyze.
void ExtractAndAnalyze(Article* article, const PipelineOptions& options);

// Runs extract, analyze, link and corroborate on already ingested articles.
Analysis AnalyzeArticles(std::vector<Article> articles,
                         const PipelineOptions& options);

}  // namespace corroborate
