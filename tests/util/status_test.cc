// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/status.h"

#include <gtest/gtest.h>

#include "corroborate/options.h"

namespace corroborate {
namespace {

TEST(Status, NamesSubjectAndProblem) {
  Status s = Status::Corruption("feed.jsonl", "line 3: not JSON");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "feed.jsonl: line 3: not JSON");
  EXPECT_EQ(s.ToString(), "Corruption: feed.jsonl: line 3: not JSON");
  EXPECT_TRUE(Status::Ok().ok());
}

TEST(Result, HoldsValueOrStatus) {
  Result<int> good = 7;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), 7);
  Result<int> bad = Status::NotFound("x.txt");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kNotFound);
}

TEST(ValidateOptions, RejectsBandsThatDoNotDivideFunctions) {
  PipelineOptions options;
  EXPECT_TRUE(ValidateOptions(options).ok());
  options.link.lsh_bands = 7;
  Status s = ValidateOptions(options);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("lsh_bands"), std::string::npos);
}

}  // namespace
}  // namespace corroborate
