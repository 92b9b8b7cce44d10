// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/cluster_metrics.h"

#include <gtest/gtest.h>

namespace corroborate::link {
namespace {

TEST(ClusterMetricsTest, PerfectClusteringScoresOne) {
  const ClusterScores s =
      ScoreClustering({7, 7, 3, 5}, {"strike", "strike", "vote", "flood"});
  EXPECT_DOUBLE_EQ(s.pair_precision, 1);
  EXPECT_DOUBLE_EQ(s.pair_recall, 1);
  EXPECT_DOUBLE_EQ(s.bcubed_f1, 1);
  EXPECT_DOUBLE_EQ(s.ari, 1);
  EXPECT_EQ(s.false_pairs, 0);
  EXPECT_EQ(s.mixed_clusters, 0);
}

// Worked by hand; the ARI value is scikit-learn's documented example
// adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) = 0.5714...
TEST(ClusterMetricsTest, SplitClassLosesRecallOnly) {
  const ClusterScores s = ScoreClustering({0, 0, 1, 2}, {"a", "a", "b", "b"});
  EXPECT_DOUBLE_EQ(s.pair_precision, 1);
  EXPECT_DOUBLE_EQ(s.pair_recall, 0.5);
  EXPECT_NEAR(s.pair_f1, 2.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(s.bcubed_precision, 1);
  EXPECT_DOUBLE_EQ(s.bcubed_recall, 0.75);
  EXPECT_NEAR(s.ari, 4.0 / 7, 1e-12);
  EXPECT_EQ(s.missed_pairs, 1);
}

TEST(ClusterMetricsTest, MergedClassesLosePrecision) {
  // One cluster of 3 "a" and 1 "b": 6 pairs predicted, 3 correct.
  const ClusterScores s = ScoreClustering({1, 1, 1, 1}, {"a", "a", "a", "b"});
  EXPECT_DOUBLE_EQ(s.pair_precision, 0.5);
  EXPECT_DOUBLE_EQ(s.pair_recall, 1);
  EXPECT_EQ(s.false_pairs, 3);
  EXPECT_EQ(s.mixed_clusters, 1);
  // BCubed precision: three items see 3/4, one sees 1/4.
  EXPECT_DOUBLE_EQ(s.bcubed_precision, (3 * 0.75 + 0.25) / 4);
  EXPECT_DOUBLE_EQ(s.bcubed_recall, 1);
  EXPECT_DOUBLE_EQ(s.ari, 0);  // one cluster says nothing
}

TEST(ClusterMetricsTest, AllSingletonsAgainstSingletonGold) {
  const ClusterScores s = ScoreClustering({0, 1, 2}, {"x", "y", "z"});
  EXPECT_DOUBLE_EQ(s.pair_f1, 1);  // nothing predicted, nothing to find
  EXPECT_DOUBLE_EQ(s.bcubed_f1, 1);
  EXPECT_DOUBLE_EQ(s.ari, 1);
}

TEST(ClusterMetricsTest, ClusterIdsGivesUnlistedItemsTheirOwnId) {
  const std::vector<int> ids = ClusterIds({{2, 0}, {3}}, 5);
  EXPECT_EQ(ids[0], ids[2]);
  EXPECT_NE(ids[0], ids[3]);
  EXPECT_NE(ids[1], ids[4]);
  EXPECT_NE(ids[1], ids[0]);
}

}  // namespace
}  // namespace corroborate::link
