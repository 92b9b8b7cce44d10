// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/ingest.h"

namespace corroborate {
namespace {

const std::string kListing =
    std::string(CORROBORATE_TEST_DATA_DIR) + "/listing";

// listing/README.md and listing/sub/NOTES.md describe the folder.
TEST(InputLister, ExpandsDirectoriesSortedSkippingHiddenJsonAndReadmes) {
  std::vector<Status> diagnostics;
  std::vector<std::string> files = ListInputFiles(
      {kListing}, [&](const Status& s) { diagnostics.push_back(s); });
  std::vector<std::string> expected = {kListing + "/a.txt", kListing + "/b.txt",
                                       kListing + "/sub/c.txt"};
  EXPECT_EQ(files, expected);
  EXPECT_TRUE(diagnostics.empty());
}

TEST(InputLister, PassesFilesAndStdinThrough) {
  std::vector<std::string> files =
      ListInputFiles({"-", kListing + "/b.txt", kListing + "/meta.json",
                      kListing + "/README.md"},
                     nullptr);
  std::vector<std::string> expected = {"-", kListing + "/b.txt",
                                       kListing + "/meta.json",
                                       kListing + "/README.md"};
  EXPECT_EQ(files, expected);
}

TEST(InputLister, ReportsMissingPathAndGoesOn) {
  std::vector<Status> diagnostics;
  std::vector<std::string> files =
      ListInputFiles({kListing + "/nope.txt", kListing + "/a.txt"},
                     [&](const Status& s) { diagnostics.push_back(s); });
  EXPECT_EQ(files, std::vector<std::string>{kListing + "/a.txt"});
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].code(), Status::Code::kNotFound);
  EXPECT_NE(diagnostics[0].message().find("nope.txt"), std::string::npos);
}

TEST(IngestInputs, ReadsEveryFileOnceReportsMissingAndDropsRepeats) {
  std::vector<Status> diagnostics;
  // a.txt is named twice (directly and inside the directory): one article.
  std::vector<Article> articles =
      IngestInputs({kListing + "/a.txt", kListing + "/nope.txt", kListing}, {},
                   [&](const Status& s) { diagnostics.push_back(s); });
  std::vector<std::string> titles;
  for (const Article& a : articles) titles.push_back(a.title);
  EXPECT_EQ(titles, (std::vector<std::string>{"First", "Second", "Third"}));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].code(), Status::Code::kNotFound);
  EXPECT_NE(diagnostics[0].message().find("nope.txt"), std::string::npos);
}

}  // namespace
}  // namespace corroborate
