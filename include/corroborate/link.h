// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Stage 4, link: relates articles to each other. FindReuse finds articles
// that share text (MinHash over word shingles, then sentence alignment) and
// which one is the likely original. ClusterStories groups articles about the
// same event: same happening in the same window of time, not merely the same
// countries or people.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <vector>

#include "corroborate/article.h"
#include "corroborate/options.h"

namespace corroborate {

// Returns every pair of articles that share text, original first.
// REQUIRES: Analyze has run on every article.
std::vector<Reuse> FindReuse(const std::vector<Article>& articles,
                             const LinkOptions& options);

// Groups articles into stories, one per event or, with options.level ==
// StoryLevel::kTopic, one per topic. Returns lists of indexes into `articles`;
// every article is in exactly one list; lists are ordered by their earliest
// article and each list is ordered by date, then id.
std::vector<std::vector<int>> ClusterStories(
    const std::vector<Article>& articles, const std::vector<Reuse>& reuse,
    const LinkOptions& options);

}  // namespace corroborate
