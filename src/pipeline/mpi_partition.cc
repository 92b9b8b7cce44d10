// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "pipeline/mpi_partition.h"

#include <algorithm>
#include <numeric>

namespace corroborate::pipeline {

std::vector<int> AssignBySize(const std::vector<uint64_t>& sizes, int ranks,
                              const std::vector<uint64_t>& initial) {
  std::vector<size_t> order(sizes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
  std::vector<uint64_t> load(ranks, 0);
  if (initial.size() == load.size()) load = initial;
  std::vector<int> owner(sizes.size(), 0);
  for (size_t file : order) {
    const int rank = static_cast<int>(
        std::min_element(load.begin(), load.end()) - load.begin());
    owner[file] = rank;
    load[rank] += sizes[file];
  }
  return owner;
}

}  // namespace corroborate::pipeline
