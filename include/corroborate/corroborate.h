// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Stage 5, corroborate: within each story, matches sentences of different
// articles that assert the same thing (one Claim), traces every attribution
// of a claim to its root, counts the independent origins and gives a verdict.
// The counting rules are in docs/provenance.md.
//
// Thread-safe: the function keeps no state.

#pragma once

#include <vector>

#include "corroborate/article.h"
#include "corroborate/options.h"

namespace corroborate {

// Builds the stories with their claims. `clusters` comes from ClusterStories.
std::vector<Story> Corroborate(const std::vector<Article>& articles,
                               const std::vector<std::vector<int>>& clusters,
                               const std::vector<Reuse>& reuse,
                               const CorroborateOptions& options);

}  // namespace corroborate
