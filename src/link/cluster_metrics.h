// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Scores a clustering against gold labels: pairwise precision, recall and
// F1 (over all unordered pairs of items), BCubed precision, recall and F1
// (Bagga & Baldwin 1998: per item, the share of its predicted cluster that
// shares its gold label, and of its gold class that shares its predicted
// cluster, averaged over items) and the adjusted Rand index (Hubert &
// Arabie 1985). Used by the clustering benchmark and the corpus tests.
//
// Thread-safe: the function keeps no state.

#pragma once

#include <string>
#include <vector>

namespace corroborate::link {

struct ClusterScores {
  double pair_precision = 0, pair_recall = 0, pair_f1 = 0;
  double bcubed_precision = 0, bcubed_recall = 0, bcubed_f1 = 0;
  double ari = 0;
  long false_pairs = 0;    // predicted same-cluster pairs with two labels
  long missed_pairs = 0;   // same-label pairs put in different clusters
  int mixed_clusters = 0;  // predicted clusters holding two or more labels
};

// Scores `predicted` (cluster id per item) against `gold` (label per item).
// Pairwise precision is 1 when no pair is predicted; recall is 1 when gold
// has no pair (nothing to find). ARI is 1 for identical partitions and 0 in
// expectation for a random one; when both partitions are trivial (all
// singletons or one cluster) and identical it is 1.
// REQUIRES: predicted.size() == gold.size()
ClusterScores ScoreClustering(const std::vector<int>& predicted,
                              const std::vector<std::string>& gold);

// Turns lists of item indexes (as ClusterStories returns) into a cluster
// id per item; items in no list get their own id.
std::vector<int> ClusterIds(const std::vector<std::vector<int>>& clusters,
                            int num_items);

}  // namespace corroborate::link
