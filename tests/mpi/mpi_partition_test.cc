// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "pipeline/mpi_partition.h"

#include <gtest/gtest.h>

namespace corroborate::pipeline {
namespace {

TEST(AssignBySize, OneRankReadsEverything) {
  EXPECT_EQ(AssignBySize({5, 1, 9}, 1), (std::vector<int>{0, 0, 0}));
}

TEST(AssignBySize, BalancesBytesNotFileCounts) {
  // One big file against three small ones: the big one alone on a rank.
  std::vector<int> owners = AssignBySize({100, 30, 30, 30}, 2);
  EXPECT_EQ(owners[0], 0);
  EXPECT_EQ(owners[1], 1);
  EXPECT_EQ(owners[2], 1);
  EXPECT_EQ(owners[3], 1);
}

TEST(AssignBySize, GreedyByDecreasingSize) {
  // 8 -> r0, 7 -> r1, 6 -> r2, 5 -> r2 (6 < 7, 8), 4 -> r1 (7 < 8, 11).
  EXPECT_EQ(AssignBySize({5, 8, 4, 7, 6}, 3),
            (std::vector<int>{2, 0, 1, 1, 2}));
}

TEST(AssignBySize, EqualSizesGoRoundRobinInInputOrder) {
  EXPECT_EQ(AssignBySize({3, 3, 3, 3, 3}, 2),
            (std::vector<int>{0, 1, 0, 1, 0}));
}

TEST(AssignBySize, MoreRanksThanFilesLeavesSomeIdle) {
  EXPECT_EQ(AssignBySize({2, 1}, 4), (std::vector<int>{0, 1}));
  EXPECT_TRUE(AssignBySize({}, 3).empty());
}

TEST(AssignBySize, InitialLoadTakesWorkAwayFromABusyRank) {
  // Rank 0 already has 10 units: the first two files go to rank 1, and only
  // when rank 1 is past 10 does rank 0 get one.
  EXPECT_EQ(AssignBySize({6, 5, 4, 3}, 2, {10, 0}),
            (std::vector<int>{1, 1, 0, 1}));
  // Without it the same files alternate.
  EXPECT_EQ(AssignBySize({6, 5, 4, 3}, 2), (std::vector<int>{0, 1, 1, 0}));
}

}  // namespace
}  // namespace corroborate::pipeline
