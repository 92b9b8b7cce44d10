// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/shard_average_link.h"

#include <algorithm>
#include <limits>

namespace corroborate::link {
namespace {

// The state of AverageLinkClusters, plus each row's best pair.
class Agglomeration {
 public:
  Agglomeration(int n, const std::function<double(int, int)>& similarity)
      : size_(static_cast<size_t>(std::max(0, n))),
        sum_(size_, std::vector<double>(size_, 0.0)),
        alive_(size_, true),
        best_(size_) {
    for (size_t i = 0; i < size_; ++i) clusters_.push_back({int(i)});
    for (size_t i = 0; i < size_; ++i) {
      for (size_t j = i + 1; j < size_; ++j)
        sum_[i][j] = sum_[j][i] = similarity(int(i), int(j));
    }
    for (size_t i = 0; i < size_; ++i) Rescan(i);
  }

  // Merges the best pair if its average reaches `threshold`.
  bool MergeBest(double threshold) {
    // AverageLinkClusters starts its search at -1 and takes the first pair
    // strictly above the best so far.
    double best = -1;
    size_t bi = 0;
    for (size_t i = 0; i < size_; ++i) {
      if (alive_[i] && best_[i].j < size_ && best_[i].average > best)
        best = best_[i].average, bi = i;
    }
    if (best < threshold) return false;
    const size_t bj = best_[bi].j;
    clusters_[bi].insert(clusters_[bi].end(), clusters_[bj].begin(),
                         clusters_[bj].end());
    alive_[bj] = false;
    for (size_t k = 0; k < size_; ++k)
      sum_[bi][k] = sum_[k][bi] = sum_[bi][k] + sum_[bj][k];
    for (size_t k = 0; k < size_; ++k) {
      if (!alive_[k]) continue;
      if (k == bi || best_[k].j == bi || best_[k].j == bj) {
        Rescan(k);
      } else if (k < bi) {  // only the pair (k, bi) changed in row k
        const double average = Average(k, bi);
        if (average > best_[k].average ||
            (average == best_[k].average && bi < best_[k].j))
          best_[k] = {average, bi};
      }
    }
    return true;
  }

  std::vector<std::vector<int>> Clusters() {
    std::vector<std::vector<int>> out;
    for (size_t i = 0; i < size_; ++i) {
      if (!alive_[i]) continue;
      std::sort(clusters_[i].begin(), clusters_[i].end());
      out.push_back(std::move(clusters_[i]));
    }
    return out;
  }

 private:
  struct Best {
    double average = -std::numeric_limits<double>::infinity();
    size_t j = std::numeric_limits<size_t>::max();  // none
  };

  // The same expression as AverageLinkClusters, for identical rounding.
  double Average(size_t i, size_t j) const {
    return sum_[i][j] /
           static_cast<double>(clusters_[i].size() * clusters_[j].size());
  }

  void Rescan(size_t i) {
    Best best;
    for (size_t j = i + 1; j < size_; ++j) {
      if (!alive_[j]) continue;
      const double average = Average(i, j);
      if (best.j == std::numeric_limits<size_t>::max() ||
          average > best.average)
        best = {average, j};
    }
    best_[i] = best;
  }

  size_t size_;
  std::vector<std::vector<int>> clusters_;
  std::vector<std::vector<double>> sum_;
  std::vector<bool> alive_;
  std::vector<Best> best_;  // per row i: the best pair (i, j > i)
};

}  // namespace

std::vector<std::vector<int>> FastAverageLinkClusters(
    int n, const std::function<double(int, int)>& similarity,
    double threshold) {
  Agglomeration agglomeration(n, similarity);
  while (agglomeration.MergeBest(threshold)) {
  }
  return agglomeration.Clusters();
}

}  // namespace corroborate::link
