// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Normalised names of sources, so that the same party written differently
// counts once: case, accents, punctuation and a leading "the" are ignored,
// "al-"/"Al " prefixes are joined to the name, country names and adjectives
// share one word ("US officials" ~ "American officials"), and an acronym
// matches the words it abbreviates ("NYT" ~ "New York Times").
//
// Thread-safe: the functions keep no state of their own; the lexicon
// argument is used from one thread at a time.

#pragma once

#include <string>
#include <string_view>

#include "corroborate/paraphrase_lexicon.h"

namespace corroborate::corroborate {

// Returns the key of a source name ("The Asharq al-Awsat" ->
// "asharq alawsat"); "" for an empty name.
std::string SourceKey(std::string_view name, const ParaphraseLexicon& lexicon);

// True iff two keys name the same party: equal; one the acronym of the
// other's words; or the shorter (of two words or more) ends the longer
// ("london based asharq alawsat" ~ "asharq alawsat").
bool SameSource(std::string_view a, std::string_view b);

}  // namespace corroborate::corroborate
