// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Two levels of grouping. An event is one happening in a few days
// (ClusterStories: dated pairs more than kMaxDaysApart days apart never
// join). A topic is a subject followed over any span of time ("a football
// league", "a public figure"): the same similarity without the date window,
// at a lower cosine (kTopicSimilarity in event_terms.h), so that articles of
// one subject that share only its core vocabulary join. Undated input
// cannot tell the two apart by time; which level a caller wants is a
// question of what it asks for, not of the data.
//
// Thread-safe: the function keeps no state.

#pragma once

#include <vector>

#include "corroborate/article.h"
#include "corroborate/options.h"

namespace corroborate::link {

using Level = StoryLevel;  // the public option, by its short name here

// As ClusterStories (which is ClusterAtLevel(..., options.level)), at the
// given level.
std::vector<std::vector<int>> ClusterAtLevel(
    const std::vector<Article>& articles, const std::vector<Reuse>& reuse,
    const LinkOptions& options, Level level);

}  // namespace corroborate::link
