// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// MinHasher computes MinHash signatures of shingle sets: for each of k hash
// functions, the least hash of any shingle. The fraction of positions where
// two signatures agree is an unbiased estimate of the Jaccard similarity of
// the two sets (Broder 1997).
//
// Thread-safe: a MinHasher is immutable after construction.

#pragma once

#include <cstdint>
#include <vector>

#include "link/shingler.h"

namespace corroborate::link {

using Signature = std::vector<uint64_t>;

class MinHasher {
 public:
  // REQUIRES: num_functions >= 1
  explicit MinHasher(int num_functions);

  // Functions first_function .. first_function + num_functions - 1 of the
  // same family: signature position i here equals position
  // first_function + i of MinHasher(first_function + num_functions), so a
  // worker can compute only its LSH bands' part of every signature.
  // REQUIRES: num_functions >= 0, first_function >= 0
  MinHasher(int num_functions, int first_function);

  int num_functions() const { return static_cast<int>(seeds_.size()); }

  // Returns the signature of `shingles` (num_functions() values). An empty
  // set gives all-ones values, which agree only with other empty sets.
  Signature Sign(const ShingleSet& shingles) const;

  // Returns the fraction of equal positions of two signatures of one hasher.
  static double EstimateJaccard(const Signature& a, const Signature& b);

 private:
  std::vector<uint64_t> seeds_;  // one XXH3 seed per hash function
};

}  // namespace corroborate::link
