// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Attributions without a source, as PolNeAR annotates them: an appearance
// or expectation ("the deal seems to be holding", "the vote is expected to
// pass") presents content as someone's view without saying whose. The
// grammatical subject belongs to the content, not the source.
//
// Thread-safe: pure function.

#pragma once

#include <vector>

#include "corroborate/article.h"

#include "analyze/tokenizer.h"

namespace corroborate::analyze {

// One sourceless cue of a tokenized sentence, as token ranges [begin, end).
struct SourcelessCue {
  size_t cue_begin = 0, cue_end = 0;
  size_t subject_begin = 0, subject_end = 0;  // empty if none found
  size_t content_begin = 0, content_end = 0;  // the complement
};

// Returns the sourceless cues outside quotation marks, in order: a form of
// "seem"/"appear" followed by "to", "that" or a likelihood adjective
// ("likely", "certain", "poised"), "be (widely|not) expected to",
// "reportedly" (its clause is the content), and a
// question with no asker named ("when asked about", "Asked if", "was asked
// to").
std::vector<SourcelessCue> FindSourcelessCues(const std::vector<Token>& tokens);

// "The deficit is projected to grow", "X was announced as the winner": a
// cue (tokens [cue_begin, cue_end), ending in a past participle) in the
// passive with no "by" agent after it; PolNeAR gives it no source and the
// subject and complement as content. Fills `cue` (its span from the form of
// "be" on) and returns true; false if the cue is no such passive, or a
// state its subject holds ("is worried about"). The caller checks for the
// agent first.
bool AgentlessPassive(const std::vector<Token>& tokens, size_t cue_begin,
                      size_t cue_end, SourcelessCue* cue);

// The attribution of `cue` in `sentence` (tokenized as `tokens`): no source,
// the cue, and the subject and complement as content spans.
Attribution SourcelessAttribution(const Sentence& sentence, int index,
                                  const std::vector<Token>& tokens,
                                  const SourcelessCue& cue);

}  // namespace corroborate::analyze
