// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The two all-pairs parts of the link stage, split over workers (the MPI
// ranks of `analyze --mpi`, src/pipeline/mpi_link.h). Every worker holds
// all the articles and does the cheap set-up (shingles; the story scorer's
// feature table) itself; the MinHash signatures and LSH buckets are split
// by band, the costly pairwise scoring by pairs. The caller exchanges the
// parts; the result is then exactly that of FindReuse and ClusterAtLevel in
// one process.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <functional>
#include <utility>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/options.h"

#include "link/story_levels.h"

namespace corroborate::link {

// This worker's index and the number of workers.
struct Shard {
  int index = 0;
  int count = 1;  // >= 1
};

// Takes this worker's candidate pairs (a < b), returns every worker's (in
// any order, repeats allowed).
using PairExchange = std::function<std::vector<std::pair<int, int>>(
    std::vector<std::pair<int, int>>)>;

// The reuse candidate pairs (a < b, sorted, unique) that `shard`'s block of
// the LSH bands proposes (bands split into near-equal contiguous blocks; a
// worker beyond the number of bands has none). The union over all shards
// is FindReuse's candidate set.
std::vector<std::pair<int, int>> ReuseCandidatesShard(
    const std::vector<Article>& articles, const LinkOptions& options,
    Shard shard);

// FindReuse split over workers: this worker hashes only its block of the
// LSH bands (ReuseCandidatesShard), `exchange` brings every worker's
// candidates, and the worker verifies its contiguous block of the sorted
// union (blocks of near-equal size). Concatenating every shard's result in
// index order gives FindReuse(articles, options).
// REQUIRES: exchange is set if shard.count > 1.
std::vector<Reuse> FindReuseShard(const std::vector<Article>& articles,
                                  const LinkOptions& options, Shard shard,
                                  const PairExchange& exchange);

// Takes this worker's scores (PairScores), returns every worker's
// concatenated in worker order.
using ScoreExchange = std::function<std::vector<double>(std::vector<double>)>;

// The similarity of every pair of items 0..n-1, computed once: ClusterAtLevel
// thresholds them into components and then agglomerates within components,
// and on one input nearly all articles can form one component, so keeping
// the scores halves the work. This worker scores the rows a = shard.index,
// shard.index + shard.count, ... (pairs (a, b > a); interleaved rows have
// near-equal numbers of pairs) and `exchange` (if set) brings the others'.
// Memory: n (n - 1) / 2 doubles, half the agglomeration matrix of a
// component of n.
class PairScores {
 public:
  PairScores(int n, Shard shard, const std::function<double(int, int)>& score,
             const ScoreExchange& exchange);

  // REQUIRES: a != b, both in [0, n).
  double operator()(int a, int b) const {
    if (a > b) std::swap(a, b);
    return scores_[RowStart(a) + static_cast<size_t>(b - a - 1)];
  }

 private:
  size_t RowStart(int a) const {
    const size_t r = static_cast<size_t>(a);
    return r * static_cast<size_t>(n_ - 1) - r * (r - 1) / 2;
  }

  int n_;
  std::vector<double> scores_;  // row a: pairs (a, a + 1) .. (a, n - 1)
};

// ClusterAtLevel with its pair scores from PairScores(shard, exchange). The
// result is the same on every worker and equals ClusterAtLevel's.
std::vector<std::vector<int>> ClusterAtLevelShard(
    const std::vector<Article>& articles, const std::vector<Reuse>& reuse,
    const LinkOptions& options, Level level, Shard shard,
    const ScoreExchange& exchange);

}  // namespace corroborate::link
