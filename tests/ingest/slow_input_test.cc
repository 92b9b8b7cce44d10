// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// A 100 MB page through ingest and extract (issue 4, "Bad input"), too slow
// for the unit suite: label `slow`. The page is generated here.

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/extract.h"
#include "corroborate/ingest.h"

namespace corroborate {
namespace {

// A page of `bytes` bytes: an article followed by a long run of link lists
// and comment-like blocks, as an endless comment thread would give.
std::string HugePage(size_t bytes) {
  std::string page =
      "<html><head><title>Ferry timetable changes</title></head><body>"
      "<article><h1>Ferry timetable changes</h1>"
      "<p>The island ferry will leave thirty minutes earlier on weekdays "
      "from June, the operator announced on Thursday, to connect with the "
      "first train to the capital.</p>"
      "<p>Commuters had asked for the change for two years, a spokeswoman "
      "for the passenger association said.</p></article>";
  std::string block =
      "<div class=\"comment\"><a href=\"/u/1\">reader</a><p>I take this "
      "boat every morning and the new times suit me well enough.</p>"
      "<ul><li><a href=\"/a\">Older post</a></li><li><a href=\"/b\">Newer "
      "post</a></li></ul></div>\n";
  page.reserve(bytes + block.size() + 32);
  while (page.size() < bytes) page += block;
  return page + "</body></html>";
}

TEST(SlowInput, HundredMegabytePageIsReadInBoundedTime) {
  std::string page = HugePage(100u << 20);
  IngestOptions options;
  options.max_file_bytes = 128u << 20;
  auto start = std::chrono::steady_clock::now();
  Result<std::vector<Article>> read =
      IngestBytes(page, "huge.html", options, nullptr);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  page.clear();
  page.shrink_to_fit();
  Article& article = read->front();
  ExtractBody(&article, ExtractOptions());
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::printf("100 MB page: %.1f s, %zu paragraphs\n", seconds,
              article.paragraphs.size());
  EXPECT_LT(seconds, 300.0);
  EXPECT_TRUE(article.html.empty());
}

TEST(SlowInput, HundredMegabytePageOverTheDefaultLimitIsAFileError) {
  std::string page = HugePage(100u << 20);
  auto start = std::chrono::steady_clock::now();
  Result<std::vector<Article>> read =
      IngestBytes(page, "huge.html", IngestOptions(), nullptr);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("huge.html: file too large"),
            std::string::npos);
  EXPECT_LT(seconds, 1.0);
}

}  // namespace
}  // namespace corroborate
