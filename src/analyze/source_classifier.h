// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Decides what kind of party a source phrase names ("Saudi-owned newspaper
// X" is an outlet, "unnamed Western diplomats" are anonymous, "Prime
// Minister Y" is a person) and reduces the phrase to the party's name.
//
// Thread-safe: pure functions over constant tables.

#pragma once

#include <string>
#include <string_view>

#include "corroborate/article.h"

namespace corroborate::analyze {

struct SourceInfo {
  std::string
      name;  // the party, descriptors and titles removed ("X", "Gideon Saar")
  SourceKind kind = SourceKind::kUnknown;
  bool anonymous = false;
  bool reference =
      false;  // a pronoun or short reference to resolve ("he", "the paper")
  // A person's role written before the name, honorifics left out ("Prime
  // Minister" of "Prime Minister X"; "" for "Mr. X").
  std::string role;
  // The kind is a guess from the cue alone: a capitalised name before
  // "reported" or "citing" is taken for an outlet when nothing else tells,
  // so a person the article names keeps that kind ("Donald Trump ...
  // Citing a theory, Trump ..."; MentionTracker::Resolve).
  bool kind_from_cue = false;
};

// Classifies a source phrase as written. `reporting` is true when the cue is
// typical of outlets ("reported", "quoted ... saying"), which makes an
// unknown capitalized name an outlet.
SourceInfo ClassifySource(std::string_view phrase, bool reporting);

// True iff `phrase` is a pronoun ("he", "it", "they").
bool IsPronoun(std::string_view phrase);

// The initials of the capitalized words of a name: "New York Times" -> "NYT".
std::string Initials(std::string_view name);

// True iff the word is a title or role that precedes a person's name
// ("Minister", "Col.", "spokesman").
bool IsPersonTitle(std::string_view word);

// True iff the word names a government portfolio or chamber that follows
// "Secretary of", "Speaker of the" before a name ("State", "House").
bool IsPortfolioWord(std::string_view lower_word);

// True iff the word marks an organization ("Ministry", "government").
bool IsOrganizationWord(std::string_view word);

}  // namespace corroborate::analyze
