// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The pieces the MPI link stage is built from (src/link/shard_*): the fast
// agglomeration must make exactly AverageLinkClusters' merges, and pair
// scores split over workers must reassemble to the single-worker table.

#include "link/shard_link.h"

#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "link/average_link.h"
#include "link/shard_average_link.h"

namespace corroborate::link {
namespace {

// A symmetric random similarity over n items; values from a small set so
// that ties (the hard case for tie-breaking) are common.
std::vector<std::vector<double>> RandomMatrix(int n, std::mt19937* random) {
  static const double kValues[] = {0.0, 0.1, 0.25, 0.3, 0.5, 0.75, 1.0};
  std::uniform_int_distribution<int> pick(0, 6);
  std::vector<std::vector<double>> m(n, std::vector<double>(n, 0.0));
  for (int i = 0; i < n; ++i) {
    for (int j = i + 1; j < n; ++j) m[i][j] = m[j][i] = kValues[pick(*random)];
  }
  return m;
}

TEST(FastAverageLink, SameGroupsAsTheFullRescanOnRandomTies) {
  std::mt19937 random(20261127);
  for (int trial = 0; trial < 300; ++trial) {
    const int n = 1 + trial % 40;
    const auto m = RandomMatrix(n, &random);
    auto sim = [&](int i, int j) { return m[i][j]; };
    for (double threshold : {0.2, 0.3, 0.5, 0.9}) {
      EXPECT_EQ(FastAverageLinkClusters(n, sim, threshold),
                AverageLinkClusters(n, sim, threshold))
          << "n " << n << " threshold " << threshold;
    }
  }
}

TEST(FastAverageLink, KeepsApartWhatIsBelowTheThreshold) {
  // Items 0-1 and 2-3 are close pairs; across the pairs similarity is low.
  const double m[4][4] = {{0, 0.9, 0.1, 0.0},
                          {0.9, 0, 0.0, 0.1},
                          {0.1, 0.0, 0, 0.8},
                          {0.0, 0.1, 0.8, 0}};
  const auto groups = FastAverageLinkClusters(
      4, [&](int i, int j) { return m[i][j]; }, 0.5);
  EXPECT_EQ(groups, (std::vector<std::vector<int>>{{0, 1}, {2, 3}}));
  EXPECT_EQ(FastAverageLinkClusters(
                0, [](int, int) { return 1.0; }, 0.5),
            std::vector<std::vector<int>>{});
}

// Scores every pair with `shards` workers; the exchange concatenates the
// workers' parts in order, as MPI_Allgatherv does.
PairScores Split(int n, int shards, int as) {
  auto score = [](int a, int b) { return a * 100.0 + b; };
  return PairScores(n, Shard{as, shards}, score, [&](std::vector<double>) {
    std::vector<double> all;
    for (int w = 0; w < shards; ++w) {
      for (int a = w; a < n; a += shards) {
        for (int b = a + 1; b < n; ++b) all.push_back(score(a, b));
      }
    }
    return all;
  });
}

TEST(PairScores, ShardedRowsReassembleToEveryPair) {
  for (int n : {0, 1, 2, 7, 20}) {
    for (int shards : {1, 2, 3}) {
      for (int as = 0; as < shards; ++as) {
        const PairScores scores = Split(n, shards, as);
        for (int a = 0; a < n; ++a) {
          for (int b = 0; b < n; ++b) {
            if (a == b) continue;
            EXPECT_EQ(scores(a, b), std::min(a, b) * 100.0 + std::max(a, b))
                << n << " items, " << shards << " shards";
          }
        }
      }
    }
  }
}

TEST(PairScores, OneWorkerWithoutExchangeScoresEachPairOnce) {
  int calls = 0;
  const PairScores scores(
      5, Shard{}, [&](int a, int b) { return ++calls, a + b * 0.5; }, {});
  EXPECT_EQ(calls, 10);
  EXPECT_EQ(scores(3, 1), 1 + 3 * 0.5);
}

}  // namespace
}  // namespace corroborate::link
