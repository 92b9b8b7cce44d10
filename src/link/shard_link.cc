// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/shard_link.h"

#include <algorithm>

namespace corroborate::link {

PairScores::PairScores(int n, Shard shard,
                       const std::function<double(int, int)>& score,
                       const ScoreExchange& exchange)
    : n_(std::max(0, n)) {
  const int step = std::max(1, shard.count);
  std::vector<double> mine;
  for (int a = shard.index; a < n_; a += step) {
    for (int b = a + 1; b < n_; ++b) mine.push_back(score(a, b));
  }
  if (exchange) mine = exchange(std::move(mine));
  if (step == 1) {
    scores_ = std::move(mine);
    return;
  }
  // Rows arrive grouped by worker: worker w's rows w, w + step, ...
  scores_.assign(n_ > 1 ? RowStart(n_ - 1) : 0, 0.0);
  size_t next = 0;
  for (int w = 0; w < step; ++w) {
    for (int a = w; a < n_; a += step) {
      const size_t row = static_cast<size_t>(n_ - 1 - a);
      if (next + row > mine.size()) return;  // a worker sent too little
      std::copy_n(mine.begin() + next, row, scores_.begin() + RowStart(a));
      next += row;
    }
  }
}

}  // namespace corroborate::link
