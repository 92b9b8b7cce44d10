// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The two all-pairs parts of the link stage, split over workers (the MPI
// ranks of `analyze --mpi`, src/pipeline/mpi_link.h). Every worker holds
// all the articles and does the cheap set-up (shingles, MinHash, LSH
// candidates; TF-IDF vectors) itself; only the costly pairwise scoring is
// split. The caller exchanges the parts; the result is then exactly that of
// FindReuse and ClusterAtLevel in one process.
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

// FindReuse, verifying only `shard`'s contiguous block of the candidate
// pairs (blocks of near-equal size, in FindReuse's pair order):
// concatenating every shard's result in index order gives
// FindReuse(articles, options).
std::vector<Reuse> FindReuseShard(const std::vector<Article>& articles,
                                  const LinkOptions& options, Shard shard);

// Pairs of articles (a < b) whose similarity reaches the threshold.
using Edges = std::vector<std::pair<int, int>>;
// Takes this worker's edges, returns every worker's (in any order).
using EdgeExchange = std::function<Edges(Edges)>;

// ClusterAtLevel, where this worker scores the pairs (a, b > a) of the rows
// a = shard.index, shard.index + shard.count, ... (interleaved rows have
// near-equal numbers of pairs) and `exchange` unites the edges. The result
// is the same on every worker and equals ClusterAtLevel's.
std::vector<std::vector<int>> ClusterAtLevelShard(
    const std::vector<Article>& articles, const std::vector<Reuse>& reuse,
    const LinkOptions& options, Level level, Shard shard,
    const EdgeExchange& exchange);

}  // namespace corroborate::link
