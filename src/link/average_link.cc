// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/average_link.h"

#include <algorithm>

namespace corroborate::link {

std::vector<std::vector<int>> AverageLinkClusters(
    int n, const std::function<double(int, int)>& similarity,
    double threshold) {
  const size_t size = static_cast<size_t>(std::max(0, n));
  std::vector<std::vector<int>> clusters;
  for (int i = 0; i < n; ++i) clusters.push_back({i});
  // sum[i][j]: the sum of item similarities between clusters i and j.
  std::vector<std::vector<double>> sum(size, std::vector<double>(size, 0.0));
  for (int i = 0; i < n; ++i) {
    for (int j = i + 1; j < n; ++j) sum[i][j] = sum[j][i] = similarity(i, j);
  }
  std::vector<bool> alive(size, true);
  for (;;) {
    double best = -1;
    size_t bi = 0, bj = 0;
    for (size_t i = 0; i < size; ++i) {
      for (size_t j = i + 1; alive[i] && j < size; ++j) {
        if (!alive[j]) continue;
        const double avg = sum[i][j] / static_cast<double>(clusters[i].size() *
                                                           clusters[j].size());
        if (avg > best) best = avg, bi = i, bj = j;
      }
    }
    if (best < threshold) break;
    clusters[bi].insert(clusters[bi].end(), clusters[bj].begin(),
                        clusters[bj].end());
    alive[bj] = false;
    for (size_t k = 0; k < size; ++k)
      sum[bi][k] = sum[k][bi] = sum[bi][k] + sum[bj][k];
  }
  std::vector<std::vector<int>> out;
  for (size_t i = 0; i < size; ++i) {
    if (!alive[i]) continue;
    std::sort(clusters[i].begin(), clusters[i].end());
    out.push_back(std::move(clusters[i]));
  }
  return out;
}

}  // namespace corroborate::link
