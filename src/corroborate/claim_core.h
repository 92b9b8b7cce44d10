// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// ClaimCore is what a sentence must share with another for both to assert
// the same claim: the predicate (the event concepts of the lexicon, with
// their negation: "#attack", "!#permit"), its key arguments (countries,
// names, dates and numbers, and entity concepts such as "#depot") and its
// modality (a plain assertion, a hedge such as "may be behind", or a
// statement that something is not known, "it is not clear if"). Words of
// similar meaning alone are not enough: "it is not clear if the blast was
// an attack" and "the blast was caused by an airstrike" share words but
// not a core.
//
// No parser is used: arguments are found by capitalisation and the
// lexicon, the predicate by the lexicon's event groups.

#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/paraphrase_lexicon.h"

namespace corroborate::corroborate {

enum class Modality {
  kAssertion,  // states the fact
  // "may", "might", "could be", "suggested". A conditional ("if the report
  // is accurate, ...") is not a hedge: it reacts to the claim and belongs to
  // it; OriginResolver gives it no root.
  kHedge,
  kUnknown,  // "it is not clear if", "did not know who", "unclear"
};

struct ClaimCore {
  Modality modality = Modality::kAssertion;
  std::set<std::string> predicates;  // event concept terms, "!" if negated
  std::set<std::string> plain;       // other content stems
  // One entry per argument: a country key, a date or number, an entity
  // concept, or the stems of a run of capitalised name words.
  std::vector<std::set<std::string>> arguments;
};

// Returns the modality of `text`.
Modality ModalityOf(std::string_view text);

// Returns the stems of the words written as names (capitalised, not first
// in their sentence) in any of `texts`.
std::set<std::string> NameStems(const std::vector<std::string>& texts,
                                ParaphraseLexicon* lexicon);
// As above, for sentences already split by ParaphraseLexicon::Tokens.
std::set<std::string> NameStems(
    const std::vector<std::vector<LexToken>>& sentences);

// Returns the core of `text`. `names` (NameStems of the story) makes a
// sentence's first word a name when it is written as one elsewhere
// ("Corvale mayor ..." after "the mayor of Corvale").
ClaimCore CoreOf(std::string_view text, const std::set<std::string>& names,
                 ParaphraseLexicon* lexicon);
// As above, with `tokens` = lexicon->Tokens(text): a caller that needs the
// tokens for other purposes too (ClaimMatcher) splits and stems once.
ClaimCore CoreOf(std::string_view text, const std::vector<LexToken>& tokens,
                 const std::set<std::string>& names);

// True if `a` and `b` can assert the same claim: the same modality, a
// shared predicate (an event concept if either has one, else a content
// stem), and at least two shared arguments.
bool SameCore(const ClaimCore& a, const ClaimCore& b);

}  // namespace corroborate::corroborate
