// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The word lists of the entity finder: general English news vocabulary
// (titles, organisation and outlet head nouns, speech and government verbs,
// place words), never names of particular entities. All lookups take a
// lower-case ASCII word. Thread-safe (immutable statics).

#pragma once

#include <string_view>

namespace corroborate::entities {

enum class Lexicon {
  kLeadingStop,    // capitalised function words that start no name ("The")
  kTitle,          // "president", "minister", "general", "sheikh", "dr"
  kTitleModifier,  // "prime", "foreign", "deputy": title only with a title
  kRoleNoun,       // lower-case roles before a name: "spokesman", "official"
  kOrgHead,        // "forces", "ministry", "party", "council"
  kOutletHead,     // "news", "times", "tv", "post"
  kOutletCue,      // lower-case words before an outlet: "newspaper", "channel"
  kPlaceHead,      // capitalised last words of places: "heights", "strip"
  kFacility,       // capitalised last words of sites: "base", "airport"
  kPlaceAfter,     // lower-case words after a place: "province", "town"
  kPlaceBefore,    // lower-case words before a place: "near", "outside"
  kSpeechVerb,     // "said", "told": the subject is a person or body
  kGovVerb,        // verbs a government does: "agreed", "warned", "informed"
  kMonthOrDay,     // month and weekday names and abbreviations
};

// True iff `lower` (lower-case, no trailing dot) is in the list.
bool InLexicon(Lexicon lexicon, std::string_view lower);

}  // namespace corroborate::entities
