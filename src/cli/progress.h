// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// A one-line progress bar on stderr for long runs:
//
//   [##########..........]  120/240 files  35.2 articles/s  ETA 0:03:25
//
// It draws only when enabled (stderr is a terminal and --quiet is not
// given), redraws at most every 100 ms, and clears its line when done, so
// nothing of it remains in logs or pipes. Not thread-safe.

#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "corroborate/ingest.h"
#include "corroborate/options.h"
#include "corroborate/pipeline.h"

namespace corroborate::cli {

// The bar's text for `done` of `total` files after `seconds`, with
// `articles` analysed so far. The ETA assumes the remaining files go at the
// average rate so far; "--:--" until one file is done.
std::string FormatProgress(int done, int total, int articles, double seconds,
                           int bar_width = 20);

class ProgressBar {
 public:
  // Enabled iff `show` and stderr is a terminal.
  ProgressBar(int total, bool show);
  ~ProgressBar();  // calls Finish()

  // Records progress; redraws if enabled and 100 ms passed since the last.
  void Update(int files_done, int articles_done);
  // Clears the line (if anything was drawn).
  void Finish();
  bool enabled() const { return enabled_; }

 private:
  int total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

// RunPipeline with a progress bar over the input files when `show` and
// stderr is a terminal; otherwise exactly RunPipeline. With the bar it ingests,
// extracts and analyses file by file here (skipping articles already in the
// store) and hands the rest to FinishPipeline, so the result is the same.
// Errors reported to `sink` clear the bar's line first.
Result<PipelineRun> RunPipelineWithProgress(
    const std::vector<std::string>& paths, const PipelineOptions& options,
    const DiagnosticSink& sink, bool show);

}  // namespace corroborate::cli
