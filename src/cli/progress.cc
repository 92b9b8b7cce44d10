// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "cli/progress.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <unordered_set>

#include <unistd.h>

#include "corroborate/store.h"

namespace corroborate::cli {
namespace {

// Redraw interval: fast enough to look live, slow enough that a run of tiny
// files spends no noticeable time writing to the terminal.
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

std::string Clock(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60,
                  s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  }
  return buf;
}

// Content hashes of the stored articles ("" url: none).
Result<std::unordered_set<std::string>> StoredHashes(const StoreOptions& o) {
  std::unordered_set<std::string> hashes;
  if (o.url.empty()) return hashes;
  Result<std::unique_ptr<Store>> store = Store::Open(o);
  if (!store.ok()) return store.status();
  Result<std::vector<Article>> stored = store.value()->LoadArticles();
  if (!stored.ok()) return stored.status();
  for (const Article& a : stored.value()) hashes.insert(a.content_hash);
  return hashes;
}

}  // namespace

Result<PipelineRun> RunPipelineWithProgress(
    const std::vector<std::string>& paths, const PipelineOptions& options,
    const DiagnosticSink& sink, bool show) {
  if (!show || !isatty(STDERR_FILENO)) {
    return RunPipeline(paths, options, sink);
  }
  if (Status valid = ValidateOptions(options); !valid.ok()) return valid;
  Result<std::unordered_set<std::string>> seen = StoredHashes(options.store);
  if (!seen.ok()) return seen.status();
  int failed = 0;
  std::unique_ptr<ProgressBar> bar;
  DiagnosticSink counting = [&](const Status& status) {
    ++failed;
    if (bar) bar->Finish();  // keep the message on a line of its own
    sink(status);
  };
  std::vector<std::string> files = ListInputFiles(paths, counting);
  bar = std::make_unique<ProgressBar>(static_cast<int>(files.size()), true);
  std::vector<Article> analysed;
  for (size_t i = 0; i < files.size(); ++i) {
    Result<std::vector<Article>> read =
        IngestFile(files[i], options.ingest, counting);
    if (!read.ok()) {
      counting(read.status());
    } else {
      for (Article& a : read.value()) {
        if (!seen->insert(a.content_hash).second) continue;  // stored or seen
        ExtractAndAnalyze(&a, options);
        analysed.push_back(std::move(a));
      }
    }
    bar->Update(static_cast<int>(i + 1), static_cast<int>(analysed.size()));
  }
  bar->Finish();
  Result<PipelineRun> run = FinishPipeline(std::move(analysed), options);
  if (run.ok()) run->inputs_failed = failed;
  return run;
}

std::string FormatProgress(int done, int total, int articles, double seconds,
                           int bar_width) {
  total = std::max(total, 1);
  done = std::clamp(done, 0, total);
  int filled = bar_width * done / total;
  std::string out = "[" + std::string(filled, '#') +
                    std::string(bar_width - filled, '.') + "] ";
  char buf[96];
  double rate = seconds > 0 ? articles / seconds : 0;
  std::snprintf(buf, sizeof buf, "%d/%d files  %.1f articles/s  ETA ", done,
                total, rate);
  out += buf;
  if (done == 0 || seconds <= 0) return out + "--:--";
  return out + Clock(seconds / done * (total - done));
}

ProgressBar::ProgressBar(int total, bool show)
    : total_(total),
      enabled_(show && isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()) {}

ProgressBar::~ProgressBar() { Finish(); }

void ProgressBar::Update(int files_done, int articles_done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < kRedrawEvery && files_done < total_) return;
  last_draw_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  std::cerr << "\r"
            << FormatProgress(files_done, total_, articles_done, seconds)
            << "\x1b[K" << std::flush;  // erase the rest of the old line
  drawn_ = true;
}

void ProgressBar::Finish() {
  if (drawn_) std::cerr << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace corroborate::cli
