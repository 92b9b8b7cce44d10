// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Finds a character dropped by a bad conversion: a lone lowercase letter
// standing between two words of English prose where no one-letter word fits
// ("the war n Gaza" lost the "i" of "in"). Only English-looking lines are
// checked, because one-letter words are common elsewhere (Spanish "y", "o";
// Italian "e", "i"). List markers ("(b)"), initials ("J. Smith"), variables
// next to operators ("x = 2", "3 x 4") and split contractions ("don' t") are
// not flagged, nor are "v" (versus), "u" and "w" (you, with).
//
// Thread-safe: the function keeps no state.

#pragma once

#include <string_view>

namespace corroborate::ingest {

// Returns the byte offset of the first dropped-letter token in `line`, or -1.
int FindDroppedLetter(std::string_view line);

}  // namespace corroborate::ingest
