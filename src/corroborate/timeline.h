// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The timeline of a claim: when it first appeared and from which root, and
// when each further independent root, denial or dispute arrived. Dates are
// the carrying article's date, or a relative reference in the sentence
// anchored to it (DateAnchor); undated articles keep the story's order.
//
// Thread-safe: the function keeps no state.

#pragma once

#include <vector>

#include "corroborate/article.h"

namespace corroborate::corroborate {

// Returns the timeline of `claim`, whose attributions must carry their roles
// and origin indexes. `articles` are all articles; `story` the indexes of
// the story's articles, earliest first.
std::vector<TimelineEntry> BuildTimeline(const Claim& claim,
                                         const std::vector<Article>& articles,
                                         const std::vector<int>& story);

}  // namespace corroborate::corroborate
