// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// WordSet: a fixed list of words (function words, titles, cue verbs ...)
// looked up by string_view. The analysis probes such lists for nearly every
// token of every sentence, so they are hash sets: one hash and, on a hit,
// one comparison, where an ordered set compares strings about log2(n) times.
// Build them once (function-local statics of string literals) and only look
// words up; iteration order is unspecified.

#pragma once

#include <string_view>
#include <unordered_set>

namespace corroborate::util {

using WordSet = std::unordered_set<std::string_view>;

}  // namespace corroborate::util
