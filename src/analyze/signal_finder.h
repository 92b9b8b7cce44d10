// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Finds hedges and non-confirmations in body sentences: "unconfirmed" (no
// source has confirmed it, could not be verified), "not_officially_confirmed",
// "no_comment" (did not / declined to comment), "denied" (a party denies or
// rejects a report or claim; "did not deny" is no denial) and "hedged"
// ("allegedly", "reportedly", "according to reports").
//
// Thread-safe: the patterns are compiled once and only read.

#pragma once

#include <vector>

#include "corroborate/article.h"

namespace corroborate::analyze {

// Returns the signals of `sentences`, in sentence order, at most one per
// kind and sentence; Signal::sentence indexes `sentences`.
std::vector<Signal> FindSignals(const std::vector<Sentence>& sentences);

}  // namespace corroborate::analyze
