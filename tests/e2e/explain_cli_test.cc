// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// `corroborate explain` end to end: analyze a story into a database, then
// explain its main claim from the stored analysis, as text and as JSON.

#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "e2e/cli_runner.h"

namespace {

namespace fs = std::filesystem;

using corroborate::testing::CliOutput;

class ExplainCliTest : public corroborate::testing::CliFixture {
 protected:
  void SetUp() override {
    CliFixture::SetUp();
    const fs::path story = fs::path(CORROBORATE_TEST_DATA_DIR) / "provenance" /
                           "citing_chain" / "articles.jsonl";
    ASSERT_EQ(Run("analyze -q --db s.db '" + story.string() + "'").exit_code,
              0);
  }
};

TEST_F(ExplainCliTest, PrintsTheChainOfEvidence) {
  const CliOutput o = Run("explain S1.C1 --db s.db");
  ASSERT_EQ(o.exit_code, 0) << o.out;
  EXPECT_NE(o.out.find("verdict: single_anonymous_source"), std::string::npos)
      << o.out;
  EXPECT_NE(o.out.find("root 1: Daily Meridian"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("cc2 sentence 0"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("--cited-->"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("first_appearance"), std::string::npos) << o.out;
}

TEST_F(ExplainCliTest, JsonCarriesRolesTimelineAndEdges) {
  const CliOutput o = Run("explain S1.C1 --db s.db --json");
  ASSERT_EQ(o.exit_code, 0);
  const nlohmann::json j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["claim"]["id"], "S1.C1");
  EXPECT_EQ(j["claim"]["independent_origins"], 1);
  EXPECT_EQ(j["claim"]["timeline"][0]["date"], "2024-09-10");
  bool root = false;
  for (const auto& a : j["claim"]["attributions"]) root |= a["role"] == "root";
  EXPECT_TRUE(root);
  EXPECT_FALSE(j["edges"].empty());
}

TEST_F(ExplainCliTest, UnknownClaimIsAUsageError) {
  EXPECT_EQ(Run("explain S9.C9 --db s.db").exit_code, 2);
}

}  // namespace
