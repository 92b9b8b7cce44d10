// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// DamageDetector finds characters that did not survive an encoding round
// trip in one line of UTF-8 text:
//   "replacement character"  U+FFFD
//   "mojibake"               UTF-8 bytes read as Windows-1252/Latin-1
//                            ("Ã©", "â€™", "Â " for é, ’, NBSP)
//   "control character"      C1 controls U+0080..U+009F
//   "question mark in word"  '?' between two letters ("caf?s", "na?ve")
//   "dropped character"      a lone lowercase letter that is not a word in
//                            English prose ("the war n Gaza")
// NBSPs, curly quotes and accented letters are not damage.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corroborate::ingest {

struct Damage {
  std::string problem;  // one of the names in the file comment
  std::string excerpt;  // a few words around the damage
};

// Returns the damage found in `line`, at most one entry per problem kind,
// in the order of the list above.
std::vector<Damage> FindDamage(std::string_view line);

}  // namespace corroborate::ingest
