// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// English function words and news filler ("said", "reported") that carry no
// evidence of which event or claim a text is about.
//
// Thread-safe: the function reads a constant table.

#pragma once

#include <string_view>

namespace corroborate::link {

// True iff `folded_word` (lower case, no accents) is a stop word.
bool IsStopword(std::string_view folded_word);

}  // namespace corroborate::link
