// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The words that introduce an attributed statement in English news ("said",
// "told", "according to", "quoted ... saying") and how to find them in a
// tokenized sentence.
//
// Thread-safe: pure functions over constant tables.

#pragma once

#include <string>
#include <vector>

#include "analyze/tokenizer.h"

namespace corroborate::analyze {

enum class CueType {
  kSpeech,       // "said", "added", "warned", "claimed", "called on" ...
  kReport,       // "reported", "published": typical of outlets
  kTell,         // "told X": X may be the outlet that reports it
  kQuote,        // "A quoted B (as) saying"
  kAccordingTo,  // "according to X"; broad mode also "in a poll"
  kParticiple,   // "..., saying that": the speaker is the sentence subject
  kEvidence,     // "shows", "found": only when a document or imagery speaks
};

// One cue: tokens [begin, end) of the sentence.
struct Cue {
  size_t begin = 0;
  size_t end = 0;
  CueType type = CueType::kSpeech;
  // Found only through the learned lexicon (models/cue_lexicon.tsv) and a
  // cue in fewer than half of its train occurrences: the finder then wants
  // a clause, quote or "to"-complement after it.
  bool learned = false;
  bool lexicon_only = false;  // found only through the learned lexicon
  // Judged a cue by the cue classifier (cue_classifier.h) in its context:
  // its subject may stand before auxiliaries ("X would not say"), and
  // evidence verbs need no document subject.
  bool classified = false;
};

// Returns the cues outside quotation marks, in order. Adjectival and passive
// uses are skipped ("the reported deal", "blasts have been reported",
// "militias accused of").
// `learned` adds the words of the learned lexicon (models/cue_lexicon.tsv).
std::vector<Cue> FindCues(const std::vector<Token>& tokens,
                          bool learned = false);

// True iff the token is a day, month or relative day ("Monday", "Oct.",
// "yesterday") that may sit between a source and its cue.
bool IsTimeWord(const Token& token);

// True iff the token may sit between a subject and its cue without being
// part of the subject ("has", "also", "repeatedly", "late", "on").
bool IsCueModifier(const Token& token);

// True iff token `i`, a cue modifier or a month ("may", "long"), is
// written as a name: capitalised after a first name or an honorific and
// before a lower-case word ("Theresa May said", "Mr. Long said"), or "May"
// opening the sentence right before a finite verb ("May said she ...").
bool IsNamePart(const std::vector<Token>& tokens, size_t i);

}  // namespace corroborate::analyze
