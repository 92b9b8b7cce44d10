// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/cluster_metrics.h"

#include <map>
#include <utility>

namespace corroborate::link {
namespace {

double F1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }

double Pairs(double n) { return n * (n - 1) / 2; }

// Contingency counts: (cluster, label) -> items, with the row and column
// sums. All pair counts follow from these without an all-pairs loop.
struct Contingency {
  std::map<std::pair<int, int>, long> cells;
  std::map<int, long> clusters;
  std::map<int, long> labels;
};

Contingency Count(const std::vector<int>& predicted,
                  const std::vector<std::string>& gold) {
  std::map<std::string, int> label_ids;
  Contingency c;
  for (size_t i = 0; i < gold.size(); ++i) {
    const int label =
        label_ids.emplace(gold[i], static_cast<int>(label_ids.size()))
            .first->second;
    ++c.cells[{predicted[i], label}];
    ++c.clusters[predicted[i]];
    ++c.labels[label];
  }
  return c;
}

}  // namespace

ClusterScores ScoreClustering(const std::vector<int>& predicted,
                              const std::vector<std::string>& gold) {
  ClusterScores s;
  const Contingency c = Count(predicted, gold);
  const double n = static_cast<double>(gold.size());
  if (n == 0) return s;
  double both = 0, same_cluster = 0, same_label = 0;
  double bp = 0, br = 0;
  for (const auto& [key, count] : c.cells) {
    const double k = static_cast<double>(count);
    both += Pairs(k);
    bp += k * k / static_cast<double>(c.clusters.at(key.first));
    br += k * k / static_cast<double>(c.labels.at(key.second));
  }
  std::map<int, int> labels_in_cluster;
  for (const auto& [key, count] : c.cells) ++labels_in_cluster[key.first];
  for (const auto& [cluster, k] : labels_in_cluster) s.mixed_clusters += k > 1;
  for (const auto& [id, k] : c.clusters) same_cluster += Pairs(double(k));
  for (const auto& [id, k] : c.labels) same_label += Pairs(double(k));
  s.false_pairs = static_cast<long>(same_cluster - both);
  s.missed_pairs = static_cast<long>(same_label - both);
  s.pair_precision = same_cluster == 0 ? 1 : both / same_cluster;
  s.pair_recall = same_label == 0 ? 1 : both / same_label;
  s.pair_f1 = F1(s.pair_precision, s.pair_recall);
  s.bcubed_precision = bp / n;
  s.bcubed_recall = br / n;
  s.bcubed_f1 = F1(s.bcubed_precision, s.bcubed_recall);
  const double expected = n < 2 ? 0 : same_cluster * same_label / Pairs(n);
  const double max = (same_cluster + same_label) / 2;
  s.ari = max == expected ? 1 : (both - expected) / (max - expected);
  return s;
}

std::vector<int> ClusterIds(const std::vector<std::vector<int>>& clusters,
                            int num_items) {
  std::vector<int> ids(static_cast<size_t>(num_items), -1);
  int next = 0;
  for (const auto& cluster : clusters) {
    for (int i : cluster) ids[static_cast<size_t>(i)] = next;
    ++next;
  }
  for (int& id : ids) {
    if (id < 0) id = next++;
  }
  return ids;
}

}  // namespace corroborate::link
