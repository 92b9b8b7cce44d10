// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Average-link agglomerative clustering: repeatedly merges the two groups
// whose mean pairwise similarity is highest, while it is at least the
// threshold. Used for stories (articles) and for claims (sentences).
//
// Thread-safe: the function keeps no state.

#pragma once

#include <functional>
#include <vector>

namespace corroborate::link {

// Returns groups of the items 0..n-1, each sorted ascending, in order of
// their smallest item. `similarity(i, j)` must be symmetric. O(n^3) time and
// O(n^2) memory: call it on small sets (a story, a connected component).
std::vector<std::vector<int>> AverageLinkClusters(
    int n, const std::function<double(int, int)>& similarity, double threshold);

}  // namespace corroborate::link
