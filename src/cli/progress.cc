// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "cli/progress.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

#include <unistd.h>

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

}  // namespace

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
