// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/passage_aligner.h"

#include <algorithm>

namespace corroborate::link {

std::vector<Passage> AlignPassages(const std::vector<ShingleSet>& from,
                                   const std::vector<ShingleSet>& to,
                                   double min_overlap) {
  std::vector<Passage> pairs;
  for (size_t i = 0; i < from.size(); ++i) {
    if (from[i].empty()) continue;
    for (size_t j = 0; j < to.size(); ++j) {
      if (to[j].empty()) continue;
      const double overlap = Jaccard(from[i], to[j]);
      if (overlap >= min_overlap) {
        pairs.push_back(
            Passage{static_cast<int>(i), static_cast<int>(j), overlap});
      }
    }
  }
  std::stable_sort(
      pairs.begin(), pairs.end(),
      [](const Passage& a, const Passage& b) { return a.overlap > b.overlap; });
  // Greedy one-to-one matching: a sentence copied once should not also be
  // paired with a near-duplicate sentence of the same article.
  std::vector<bool> from_used(from.size()), to_used(to.size());
  std::vector<Passage> passages;
  for (const Passage& p : pairs) {
    if (from_used[p.from_sentence] || to_used[p.to_sentence]) continue;
    from_used[p.from_sentence] = true;
    to_used[p.to_sentence] = true;
    passages.push_back(p);
  }
  std::sort(passages.begin(), passages.end(),
            [](const Passage& a, const Passage& b) {
              return a.from_sentence < b.from_sentence;
            });
  return passages;
}

}  // namespace corroborate::link
