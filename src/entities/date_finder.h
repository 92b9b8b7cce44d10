// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Finds the dates of one article: its publication date (metadata, else a
// dateline near the top), absolute dates in English and Spanish ("Oct. 17,
// 2022", "August 13, 2019", "July 19", "17 de octubre de 2022") and relative
// ones ("on Tuesday", "last week", "earlier this week", "yesterday")
// anchored to the publication date. Dates in photo captions and credits are
// DateKind::kPhotoCaption. Thread-safe, no state.

#pragma once

#include <vector>

#include "corroborate/article.h"
#include "corroborate/entities.h"

namespace corroborate::entities {

std::vector<DateMention> FindDates(const Article& article);

}  // namespace corroborate::entities
