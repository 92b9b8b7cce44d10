// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// LshIndex finds pairs of similar MinHash signatures without comparing all
// pairs: each signature is cut into `bands` bands of `rows` values, and two
// items whose values agree on a whole band land in the same bucket. A pair
// with Jaccard s becomes a candidate with probability 1 - (1 - s^rows)^bands;
// with 32 bands of 4 rows that is 0.87 at s = 0.5 and 0.99 at s = 0.6.
//
// Not thread-safe: Add mutates the index.

#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "link/minhash.h"

namespace corroborate::link {

class LshIndex {
 public:
  // REQUIRES: bands >= 1, rows >= 1
  LshIndex(int bands, int rows);

  // Adds item `id` with signature `signature`.
  // REQUIRES: signature.size() >= bands * rows
  void Add(int id, const Signature& signature);

  // Returns every pair (a, b), a < b, of items that share a bucket in at
  // least one band, sorted and without duplicates.
  std::vector<std::pair<int, int>> CandidatePairs() const;

 private:
  int bands_;
  int rows_;
  // One bucket map per band: band hash -> ids.
  std::vector<std::unordered_map<uint64_t, std::vector<int>>> buckets_;
};

}  // namespace corroborate::link
