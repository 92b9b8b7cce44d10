// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// English dictionary look-ups that keep ordinary words from being taken as
// place names ("Western", "Read", "TV", "Jewish"). The word list is the
// system's /usr/share/dict (Debian package wamerican), read once; without it
// every look-up answers false. Thread-safe (immutable after first use).

#pragma once

#include <string_view>

namespace corroborate::entities {

// True iff one-word `name` is an ordinary English word: its lower-case form
// is in the dictionary ("Read", "Western"), or it is an all-caps
// abbreviation listed as written ("TV").
bool IsCommonWord(std::string_view name);

// True iff one-word `name` is a capitalised dictionary adjective of a
// people, faith or direction: listed capitalised and ending in "ish",
// "ese", "ern", "ian" or "ic" ("Jewish", "Eastern", "Islamic").
bool IsProperAdjective(std::string_view name);

}  // namespace corroborate::entities
