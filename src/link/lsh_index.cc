// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/lsh_index.h"

#include <algorithm>

#include <xxhash.h>

namespace corroborate::link {

LshIndex::LshIndex(int bands, int rows)
    : bands_(bands), rows_(rows), buckets_(bands) {}

void LshIndex::Add(int id, const Signature& signature) {
  for (int band = 0; band < bands_; ++band) {
    const uint64_t* start =
        signature.data() + static_cast<size_t>(band) * rows_;
    const uint64_t key =
        XXH3_64bits(start, sizeof(uint64_t) * static_cast<size_t>(rows_));
    buckets_[band][key].push_back(id);
  }
}

std::vector<std::pair<int, int>> LshIndex::CandidatePairs() const {
  std::vector<std::pair<int, int>> pairs;
  for (const auto& band : buckets_) {
    for (const auto& [key, ids] : band) {
      for (size_t i = 0; i < ids.size(); ++i) {
        for (size_t j = i + 1; j < ids.size(); ++j) {
          if (ids[i] == ids[j]) continue;
          pairs.emplace_back(std::min(ids[i], ids[j]),
                             std::max(ids[i], ids[j]));
        }
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace corroborate::link
