// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Sentence alignment between two articles that share text: which sentence
// of one reappears, whole or edited, in the other.
//
// Thread-safe: the function keeps no state.

#pragma once

#include <vector>

#include "corroborate/article.h"

#include "link/shingler.h"

namespace corroborate::link {

// Returns the passages between the sentences of `from` and those of `to`
// (one shingle set per sentence; an empty set never aligns): the sentence
// pairs with shingle Jaccard >= min_overlap, matched one-to-one, best overlap
// first, then sorted by from_sentence.
std::vector<Passage> AlignPassages(const std::vector<ShingleSet>& from,
                                   const std::vector<ShingleSet>& to,
                                   double min_overlap);

}  // namespace corroborate::link
