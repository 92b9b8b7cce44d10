// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Splits a paragraph into word tokens with byte offsets and capitalisation,
// the input of the entity and date finders. Thread-safe, no state.

#pragma once

#include <string_view>
#include <vector>

namespace corroborate::entities {

struct Token {
  size_t begin = 0;          // byte offset in the paragraph
  size_t end = 0;            // one past the last byte ("'s" is not included)
  bool possessive = false;   // "'s" or "’s" followed, left out of the token
  bool capitalized = false;  // first letter upper case, or "al-X"/"el-X"
  bool all_caps = false;     // every letter upper case, 2+ letters ("PMF")
  bool sentence_start = false;  // first word of the paragraph or a sentence
  bool space_before = true;     // only spaces separate it from the previous one
  char after = 0;  // first byte after the token (',', '.', ' ', ...), 0 at end
};

// The word tokens of `text`: runs of letters and digits with inner
// apostrophes, hyphens and acronym dots ("U.S."). A trailing possessive
// ("'s", "’s") is left out of the token; "Stuttgart-based" is two tokens,
// "Stuttgart" and "based" (no space before), so the place stands alone.
std::vector<Token> ScanTokens(std::string_view text);

}  // namespace corroborate::entities
