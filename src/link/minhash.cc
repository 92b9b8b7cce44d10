// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/minhash.h"

#include <algorithm>
#include <limits>

#include <xxhash.h>

namespace corroborate::link {

MinHasher::MinHasher(int num_functions) : MinHasher(num_functions, 0) {}

MinHasher::MinHasher(int num_functions, int first_function) {
  // Fixed seeds keep signatures reproducible from run to run.
  for (int i = first_function; i < first_function + num_functions; ++i) {
    const uint64_t index = static_cast<uint64_t>(i) + 1;
    seeds_.push_back(XXH3_64bits(&index, sizeof(index)));
  }
}

Signature MinHasher::Sign(const ShingleSet& shingles) const {
  Signature signature(seeds_.size(), std::numeric_limits<uint64_t>::max());
  for (size_t f = 0; f < seeds_.size(); ++f) {
    for (uint64_t shingle : shingles) {
      const uint64_t h =
          XXH3_64bits_withSeed(&shingle, sizeof(shingle), seeds_[f]);
      signature[f] = std::min(signature[f], h);
    }
  }
  return signature;
}

double MinHasher::EstimateJaccard(const Signature& a, const Signature& b) {
  const size_t n = std::min(a.size(), b.size());
  if (n == 0) return 0.0;
  size_t equal = 0;
  for (size_t i = 0; i < n; ++i) equal += a[i] == b[i] ? 1 : 0;
  return static_cast<double>(equal) / static_cast<double>(n);
}

}  // namespace corroborate::link
