// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// StoryEntities: the parties and places a story's articles name, merged
// across the articles (MergeAcrossArticles, entities.h), so that a reader
// sees "Kessler Motoren AG" once with its other spellings, and which
// articles name it.
//
// Thread-safe: no state.

#pragma once

#include <vector>

#include "corroborate/article.h"

namespace corroborate::corroborate {

// The entities of articles[cluster[...]] named by two or more of them or
// under two or more names, most articles first, then by name.
std::vector<StoryEntity> StoryEntities(const std::vector<Article>& articles,
                                       const std::vector<int>& cluster);

}  // namespace corroborate::corroborate
