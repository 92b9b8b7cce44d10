// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The hand-written multi-article stories of tests/data/provenance run
// through the whole pipeline (ingest -> corroborate); each story's
// expected.json gives the counts its main claim must have.

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "corroborate/pipeline.h"

#include "util/text.h"

namespace corroborate {
namespace {

namespace fs = std::filesystem;

const fs::path kDir = fs::path(CORROBORATE_TEST_DATA_DIR) / "provenance";

// The claim carried by the most articles whose text shares the most words
// with `match`.
const Claim* FindClaim(const Analysis& analysis, const std::string& match) {
  const auto want = util::FoldedWords(match);
  const std::set<std::string> words(want.begin(), want.end());
  const Claim* best = nullptr;
  size_t best_score = 0;
  for (const Story& story : analysis.stories) {
    for (const Claim& claim : story.claims) {
      size_t shared = 0;
      for (const std::string& w : util::FoldedWords(claim.text))
        shared += words.count(w);
      const size_t score = shared * 100 + claim.articles.size();
      if (score > best_score) best_score = score, best = &claim;
    }
  }
  return best;
}

class ProvenanceStoryTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ProvenanceStoryTest, MainClaimHasTheExpectedCounts) {
  const fs::path dir = kDir / GetParam();
  nlohmann::json expected;
  std::ifstream(dir / "expected.json") >> expected;
  PipelineOptions options;
  options.store.url = "";
  Result<PipelineRun> run = RunPipeline({(dir / "articles.jsonl").string()},
                                        options, [](const Status&) {});
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  const Claim* claim = FindClaim(run->analysis, expected["match"]);
  ASSERT_NE(claim, nullptr);
  SCOPED_TRACE(claim->id + ": " + claim->text + " / " + claim->explanation);
  EXPECT_EQ(claim->articles.size(), expected["articles"].get<size_t>());
  if (expected.contains("independent_origins")) {
    EXPECT_EQ(claim->independent_origins,
              expected["independent_origins"].get<int>());
  }
  if (expected.contains("independent_origins_min")) {
    EXPECT_GE(claim->independent_origins,
              expected["independent_origins_min"].get<int>());
  }
  if (expected.contains("circular")) {
    EXPECT_EQ(claim->circular, expected["circular"].get<bool>());
  }
  if (expected.contains("verdict")) {
    EXPECT_EQ(claim->verdict, expected["verdict"].get<std::string>());
  }
  if (expected.contains("verdict_in")) {
    const auto allowed = expected["verdict_in"].get<std::set<std::string>>();
    EXPECT_TRUE(allowed.count(claim->verdict)) << claim->verdict;
  }
  if (expected.contains("roles_include")) {
    std::set<std::string> roles;
    for (const ClaimAttribution& a : claim->attributions) roles.insert(a.role);
    for (const auto& role : expected["roles_include"])
      EXPECT_TRUE(roles.count(role.get<std::string>())) << role;
  }
  // Every claim explains itself: reasons and a timeline that starts with
  // its first appearance, dated from the JSONL article dates.
  EXPECT_FALSE(claim->reasons.empty());
  ASSERT_FALSE(claim->timeline.empty());
  EXPECT_EQ(claim->timeline.front().event, "first_appearance");
  EXPECT_FALSE(claim->timeline.front().date.empty());
  EXPECT_FALSE(run->analysis.stories.front().graph.edges.empty());
}

INSTANTIATE_TEST_SUITE_P(Stories, ProvenanceStoryTest,
                         ::testing::Values("press_release", "two_wires",
                                           "citing_chain", "leak_denied",
                                           "later_confirmation",
                                           "third_party_dispute",
                                           "conditional_comment",
                                           "one_act_many_words", "own_report"));

}  // namespace
}  // namespace corroborate
