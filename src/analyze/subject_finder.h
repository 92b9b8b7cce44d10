// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The subject of a cue in a tokenized sentence ("Mayor Ann Reyes, who
// chairs the board, said" -> "Mayor Ann Reyes") and the word classes the
// attribution rules share to find clause boundaries.
//
// Thread-safe: pure functions over constant tables.

#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "analyze/tokenizer.h"

namespace corroborate::analyze {

// Punctuation other than "-" and "'": ends a phrase.
bool IsStop(const Token& t);

// Words that open a common noun phrase ("The town", "A spokesman for
// ...", "Several aides").
bool IsDeterminerWord(const Token& t);

// Conjunctions, relative and wh-words that open a clause ("that", "who").
bool IsClauseWord(const Token& t);

// The antecedent of a relative clause without a subject of its own
// ("Passengers on the flight that ran off the runway said": "that" or
// "which" and a verb) when the subject found, [begin, end), is that
// clause; else [begin, end). Not applied by FindSubject, for the reason
// CoordinatedStart is not.
std::pair<size_t, size_t> RelativeAntecedent(const std::vector<Token>& tokens,
                                             size_t begin, size_t end);

// The start of "X and Y" or "X, Y and Z" when the subject [begin, end) is
// the party after an "and" and the parties before it are noun phrases
// that open the sentence or follow a comma ("The port and the coast guard
// said", "..., police and firefighters said", "Ben Carson, Ted Cruz and
// Rand Paul said"); else `begin`. Not applied by FindSubject, whose
// subjects the cue classifier's features describe as they were trained.
size_t CoordinatedStart(const std::vector<Token>& tokens, size_t begin,
                        size_t end);

// Auxiliaries and negations: a phrase holding one is a clause, not a name.
bool IsVerbish(const Token& t);

// Common irregular past forms ("The crew left early", "the mayor took a
// softer tone"): the verb that ends a subject noun phrase. Forms that are
// often nouns too ("set", "cut", "hit", "lead") are left out.
bool IsIrregularPast(const Token& t);

// An irregular past form or a lower-case word in -ed ("rose", "closed"):
// a verb, where a noun phrase should stand.
bool IsPastForm(const Token& t);

// A form of "be" before a participle: "is", "were", "been", "'s", "'re" ...
// (a passive or a progressive).
bool IsFormOfBe(const Token& t);

// Walks left from `end` to a clause boundary; returns the first token.
size_t SegmentBegin(const std::vector<Token>& tokens, size_t end);

// The subject at the start of the sentence, after an opening adverbial
// ("On Monday, the mayor ..."): a pronoun, a run of names, or a noun phrase
// a determiner opens ("The town", "A spokesman for Mayor Cho"), ending
// before token `limit`; or empty.
std::pair<size_t, size_t> SentenceSubject(const std::vector<Token>& tokens,
                                          size_t limit = SIZE_MAX);

// "Sen. Ann Lee (D-Ore.) said": the index of the "(" of a short
// parenthetical ending at `end`, or `end`.
size_t ParentheticalStart(const std::vector<Token>& tokens, size_t end);

// "voters who said", "a panel which ruled": the index of the relative
// pronoun right before the verb group of the cue at `cue_begin`, or
// SIZE_MAX.
size_t RelativePronounBefore(const std::vector<Token>& tokens,
                             size_t cue_begin);

// The subject of the cue at `cue_begin` as a token range, or an empty one.
// `auxiliaries` also skips auxiliaries and negations between the subject
// and the cue ("X wouldn't say", "Y has not been pressing"): broad mode,
// where the cue classifier has already judged the verb group.
std::pair<size_t, size_t> FindSubject(const std::vector<Token>& tokens,
                                      size_t cue_begin,
                                      bool auxiliaries = false);

}  // namespace corroborate::analyze
