// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Story clustering measured on the shared clustering corpus
// (../shared/corpus/clustering, see its README) and on our own event set
// (tests/data/events): pairwise and BCubed scores against the gold labels.
// The system sees only id, title, text and date.

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/link.h"

#include "link/cluster_metrics.h"
#include "link/labelled_set.h"
#include "link/story_index.h"
#include "link/story_levels.h"

namespace corroborate {
namespace {

using link::ClusterScores;
using testing::LabelledSet;

const std::string kClusteringDir =
    std::string(CORROBORATE_SHARED_DIR) + "/corpus/clustering/";
const std::string kEventsFile =
    std::string(CORROBORATE_TEST_DATA_DIR) + "/events/events.jsonl";
const std::string kHeldOutEventsFile =
    std::string(CORROBORATE_TEST_DATA_DIR) + "/events_heldout/events.jsonl";

ClusterScores Evaluate(const LabelledSet& set, const LinkOptions& options,
                       link::Level level = link::Level::kEvent) {
  const auto reuse = FindReuse(set.articles, options);
  const auto stories =
      link::ClusterAtLevel(set.articles, reuse, options, level);
  return link::ScoreClustering(
      link::ClusterIds(stories, static_cast<int>(set.articles.size())),
      set.labels);
}

void Print(const char* name, double threshold, const ClusterScores& s) {
  std::printf(
      "%-22s t=%.2f pair P=%.3f R=%.3f F1=%.3f BCubed F1=%.3f ARI=%.3f "
      "false_pairs=%ld mixed=%d\n",
      name, threshold, s.pair_precision, s.pair_recall, s.pair_f1, s.bcubed_f1,
      s.ari, s.false_pairs, s.mixed_clusters);
}

TEST(LinkCorpusTest, PolnearDevEvents) {
  const LabelledSet set =
      testing::LoadLabelledSet(kClusteringDir + "polnear-dev-events.jsonl");
  ASSERT_EQ(set.articles.size(), 84u);
  const LinkOptions options;
  const ClusterScores s = Evaluate(set, options);
  Print("polnear-dev-events", options.story_similarity, s);
  // Held out from the learned pair model. Measured pairwise F1 0.421 (P
  // 0.571, R 0.333; 3 false pairs), BCubed F1 0.948; the model before the
  // event-day features gave 0.381 (5 false pairs) and BCubed 0.936, the
  // cosine alone 0.381 and 0.942. With 12 gold pairs one pair moves F1 by
  // about 0.03; the floors leave room for that.
  EXPECT_GE(s.pair_f1, 0.33);
  EXPECT_GE(s.bcubed_f1, 0.93);
  EXPECT_LE(s.false_pairs, 8);
}

// The learned pair model was fitted on this set (its threshold by
// cross-validation there: clustering pairwise F1 0.402 out of fold), so
// this is an in-sample check that the shipped model is the one fitted:
// measured P 0.403, R 0.419, F1 0.411, BCubed 0.932, 46 false pairs (the
// cosine alone: F1 0.358, R 0.324).
TEST(LinkCorpusTest, PolnearTrainEvents) {
  const LabelledSet set =
      testing::LoadLabelledSet(kClusteringDir + "polnear-train-events.jsonl");
  ASSERT_EQ(set.articles.size(), 439u);
  const LinkOptions options;
  const ClusterScores s = Evaluate(set, options);
  Print("polnear-train-events", options.story_similarity, s);
  EXPECT_GE(s.pair_f1, 0.40);
  EXPECT_GE(s.pair_recall, 0.40);
  EXPECT_GE(s.bcubed_f1, 0.92);
}

// WikiRef labels are topics: scored at the topic level.
TEST(LinkCorpusTest, WikirefDevTopics) {
  const LabelledSet set =
      testing::LoadLabelledSet(kClusteringDir + "wikiref-dev.jsonl");
  ASSERT_EQ(set.articles.size(), 92u);
  const LinkOptions options;
  const ClusterScores s = Evaluate(set, options, link::Level::kTopic);
  Print("wikiref-dev topics", options.story_similarity, s);
  // Measured P 0.982, F1 0.963 (kTopicSimilarity was chosen on this set).
  EXPECT_GE(s.pair_precision, 0.97);
  EXPECT_GE(s.pair_f1, 0.95);
}

// At the event level no story may mix two WikiRef topics.
TEST(LinkCorpusTest, WikirefDevEventsArePure) {
  const LabelledSet set =
      testing::LoadLabelledSet(kClusteringDir + "wikiref-dev.jsonl");
  const ClusterScores s = Evaluate(set, LinkOptions());
  Print("wikiref-dev events", LinkOptions().story_similarity, s);
  EXPECT_EQ(s.mixed_clusters, 0);
}

// One of our event sets (at least 60 articles), clustered at the event
// level with the default options; the scores are printed as `name`.
ClusterScores ScoreEventSet(const std::string& file, const char* name) {
  const LabelledSet set = testing::LoadLabelledSet(file);
  EXPECT_GE(set.articles.size(), 60u);
  const LinkOptions options;
  const ClusterScores s = Evaluate(set, options);
  Print(name, options.story_similarity, s);
  return s;
}

TEST(LinkCorpusTest, OwnEventSet) {
  const ClusterScores s = ScoreEventSet(kEventsFile, "events (ours)");
  EXPECT_GE(s.pair_f1, 0.95);
  EXPECT_EQ(s.mixed_clusters, 0);
}

// The event set a helper wrote without seeing the clusterer
// (tests/data/events_heldout), scored once and never tuned on: the floors
// guard what was measured then (pairwise P 0.762, R 0.865, F1 0.810, two
// stories of two events each: a company's launch and its data breach two
// days later, a central bank's cut and the inflation figures two days
// later); the 0.95 is not met here (docs/clustering.md).
TEST(LinkCorpusTest, HeldOutEventSet) {
  const ClusterScores s =
      ScoreEventSet(kHeldOutEventsFile, "events (held out)");
  EXPECT_GE(s.pair_f1, 0.78);
  EXPECT_GE(s.pair_precision, 0.72);
  EXPECT_LE(s.mixed_clusters, 2);
}

// The incremental index (serve, analyze --incremental): articles one at a
// time in date order (input order when undated), cosine scoring.
ClusterScores EvaluateIndex(const LabelledSet& set, link::Level level) {
  const int n = static_cast<int>(set.articles.size());
  std::vector<int> order(static_cast<size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return set.articles[a].date < set.articles[b].date;
  });
  link::WordStemmer stemmer;
  const link::MinHasher hasher(link::StoryIndex::kMinHashFunctions);
  link::StoryIndex index(LinkOptions().story_similarity, level);
  std::vector<int> story(static_cast<size_t>(n));
  for (int i : order)
    story[i] =
        index.Add(link::ProfileArticle(set.articles[i], &stemmer, hasher));
  return link::ScoreClustering(story, set.labels);
}

// The index scores the cosine of each article's kept top terms. With the
// full vectors' norms instead (the first version) it measured pairwise F1
// 0.122 on polnear-train and 0.076 on wikiref-dev topics (recall 0.04):
// long articles almost never reached the threshold. Now measured 0.238
// (P 0.444) and 0.504 (P 0.991); the batch clusterer: 0.411 and 0.963.
TEST(LinkCorpusTest, IndexPolnearTrainEvents) {
  const LabelledSet set =
      testing::LoadLabelledSet(kClusteringDir + "polnear-train-events.jsonl");
  const ClusterScores s = EvaluateIndex(set, link::Level::kEvent);
  Print("index polnear-train", LinkOptions().story_similarity, s);
  EXPECT_GE(s.pair_f1, 0.20);
  EXPECT_GE(s.pair_precision, 0.35);
}

TEST(LinkCorpusTest, IndexWikirefDevTopics) {
  const LabelledSet set =
      testing::LoadLabelledSet(kClusteringDir + "wikiref-dev.jsonl");
  const ClusterScores s = EvaluateIndex(set, link::Level::kTopic);
  Print("index wikiref topics", LinkOptions().story_similarity, s);
  EXPECT_GE(s.pair_precision, 0.97);
  EXPECT_GE(s.pair_f1, 0.40);
}

// Threshold sweep used to choose LinkOptions::story_similarity. Run with
// --gtest_also_run_disabled_tests.
TEST(LinkCorpusTest, DISABLED_ThresholdSweep) {
  const LabelledSet train =
      testing::LoadLabelledSet(kClusteringDir + "polnear-train-events.jsonl");
  const LabelledSet dev =
      testing::LoadLabelledSet(kClusteringDir + "polnear-dev-events.jsonl");
  const LabelledSet wiki =
      testing::LoadLabelledSet(kClusteringDir + "wikiref-dev.jsonl");
  for (double t = 0.12; t < 0.36; t += 0.02) {
    LinkOptions options;
    options.story_similarity = t;
    Print("polnear-train-events", t, Evaluate(train, options));
    Print("polnear-dev-events", t, Evaluate(dev, options));
    Print("wikiref-dev", t, Evaluate(wiki, options));
  }
}

}  // namespace
}  // namespace corroborate
