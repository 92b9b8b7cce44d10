// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Anchors a relative date reference in a sentence ("on Tuesday", "last
// week", "yesterday", "earlier this week") to the article's publication
// date. Kept small and separate: dates are expected to move into the
// analyze stage later.
//
// Thread-safe: the function keeps no state.

#pragma once

#include <string>
#include <string_view>

namespace corroborate::corroborate {

struct AnchoredDate {
  std::string date;       // ISO 8601 "2024-03-05"; "" if unknown
  bool inferred = false;  // from a relative reference, not the article date
  std::string note;       // how it was found ("article date", ...)
};

// Returns the date `sentence` refers to. `article_date` is the article's
// ISO date ("2024-03-07", a longer timestamp is cut to its date) or "".
// With a relative reference and a known article date, the result is the
// inferred date; otherwise the article date (or "" with a note saying the
// article has no date).
AnchoredDate AnchorDate(std::string_view sentence,
                        std::string_view article_date);

}  // namespace corroborate::corroborate
