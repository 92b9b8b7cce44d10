// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Word shingles: every run of `size` consecutive folded words of a text,
// hashed to 64 bits with xxHash (XXH3). Shingles never cross a sentence, so
// two articles that share a sentence share all of its shingles whatever
// surrounds it. A shingle set is a sorted vector without duplicates.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace corroborate::link {

using ShingleSet = std::vector<uint64_t>;  // sorted, unique

// Returns the shingles of one sentence. A sentence of fewer than `size`
// words (but at least one) gives one shingle of all its words.
// REQUIRES: size >= 1
ShingleSet SentenceShingles(std::string_view text, int size);

// Returns the number of words SentenceShingles sees in `text`.
int ShingleWordCount(std::string_view text);

// Returns the union of `sets`.
ShingleSet UnionOf(const std::vector<ShingleSet>& sets);

// Returns |a ∩ b|.
size_t IntersectionSize(const ShingleSet& a, const ShingleSet& b);

// Returns the Jaccard similarity |a ∩ b| / |a ∪ b|; 0 when both are empty.
double Jaccard(const ShingleSet& a, const ShingleSet& b);

}  // namespace corroborate::link
