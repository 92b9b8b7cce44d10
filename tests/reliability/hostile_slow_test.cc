// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The hostile inputs that take more than a few seconds through the whole
// `corroborate analyze --db` run (label slow): a page of a million
// paragraphs and a single line just under the 64 MiB file limit. Bounds
// and measured figures: docs/reliability.md.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "reliability/hostile_run.h"

namespace corroborate::reliability {
namespace {

namespace fs = std::filesystem;

const char kGood[] =
    "Lighthouse keeper retires after forty years\n\n"
    "The last keeper of the Brannock Point lighthouse retired on Saturday, "
    "the coastal authority said, ending four decades of service.\n";

class HostileSlowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("corroborate_hostile_slow_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    WriteWholeFile(dir_ / "good.txt", kGood);
  }
  void TearDown() override { fs::remove_all(dir_); }

  ChildRun Analyze(const std::string& name, double seconds) {
    ChildRun run = RunCorroborate(
        dir_, {"analyze", "-q", "--db", "store.db", name, "good.txt"},
        seconds * kSanitizerFactor);
    std::printf("  %s: exit %d, %.1f s, peak RSS %ld MiB\n", name.c_str(),
                run.exit_code, run.seconds, run.max_rss_kb >> 10);
    return run;
  }

  fs::path dir_;
};

TEST_F(HostileSlowTest, MillionParagraphPageIsCutAndFinishes) {
  {
    std::ofstream out(dir_ / "many.html", std::ios::binary);
    out << "<html><head><title>Market stalls</title></head><body><article>";
    for (int i = 0; i < 1000000; ++i) out << "<p>Stall " << i << ".</p>\n";
    out << "</article></body></html>";
  }
  ChildRun run = Analyze("many.html", 600);
  EXPECT_FALSE(run.timed_out);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  // Measured: see docs/reliability.md; gumbo's tree of the 20 MB page
  // dominates.
  EXPECT_LE(run.max_rss_kb, SanitizedRssBoundKb(2048L << 10));
}

}  // namespace
}  // namespace corroborate::reliability
