// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "cli/progress.h"

#include <gtest/gtest.h>
#include <unistd.h>

namespace corroborate::cli {
namespace {

TEST(FormatProgress, ShowsFilesRateAndEta) {
  // 10 of 40 files in 20 s: 30 more files at 2 s each = 1:00 left.
  EXPECT_EQ(FormatProgress(10, 40, 50, 20.0, 8),
            "[##......] 10/40 files  2.5 articles/s  ETA 1:00");
}

TEST(FormatProgress, UnknownEtaBeforeTheFirstFile) {
  EXPECT_EQ(FormatProgress(0, 3, 0, 0.0, 3),
            "[...] 0/3 files  0.0 articles/s  ETA --:--");
}

TEST(FormatProgress, HoursAndClamping) {
  // 1 of 3 files in 1 h: 2 h left.
  EXPECT_EQ(FormatProgress(1, 3, 1, 3600.0, 3),
            "[#..] 1/3 files  0.0 articles/s  ETA 2:00:00");
  EXPECT_EQ(FormatProgress(9, 3, 3, 1.0, 3),
            "[###] 3/3 files  3.0 articles/s  ETA 0:00");
}

TEST(ProgressBar, SilentWhenNotShownOrNotATerminal) {
  EXPECT_FALSE(ProgressBar(5, false).enabled());
  // ctest captures stderr in a pipe, so even a requested bar stays off.
  if (!isatty(2)) {
    EXPECT_FALSE(ProgressBar(5, true).enabled());
  }
}

}  // namespace
}  // namespace corroborate::cli
