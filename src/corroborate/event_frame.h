// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// EventFrame is who did what, where, as a sentence asserts it: "Israel has
// carried out strikes in Iraq", "<A> was behind several raids that struck
// targets in Iraq", "the strike on a base in Baghdad had been carried out by
// an Israeli drone" and "hundreds of airstrikes were conducted by Israel"
// all give the frame (agent Israel, #attack, ...). Sentences that state
// the same agent doing the same kind of act at a shared place or target
// assert the same event, whatever their verbs and however much else they
// say; ClaimMatcher joins them even when their words differ too much for
// the cosine to.
//
// Only acts that the sentence states as done count: "agreed to let A
// strike", "A could strike", "A may be behind", "A did not strike" and
// "strikes by A are imminent" have no frame. No parser: the agent is found
// by a few English patterns over ParaphraseLexicon tokens:
//   active     AGENT [has|was|already|...]* (VERB | carried out|conducted|
//              launched ... PRED | behind ... PRED)
//   passive    PRED|carried out|conducted ... by [det|adj]* AGENT;
//              blamed on / attributed to AGENT
//   adjective  AGENT-adjective [word] PRED-noun ("an Israeli airstrike")
// where AGENT is a country or a run of name words and PRED an #attack word.

#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/paraphrase_lexicon.h"

namespace corroborate::corroborate {

struct EventFrame {
  std::string predicate;        // "#attack"; "" if the sentence has no frame
  std::set<std::string> agent;  // terms of who did it ("#c:israel")
  // The sentence's other arguments (countries, name runs): where, to whom.
  std::vector<std::set<std::string>> others;
  // No agent, but the sentence says an explosion was such an act: "the
  // blast was caused by an airstrike", "the explosion was the result of a
  // drone attack". It supports the claim that someone carried it out.
  bool cause = false;
};

// Returns the frame of `text`; predicate is "" if it states no act with
// an agent (`cause` may still be set).
EventFrame FrameOf(std::string_view text, ParaphraseLexicon* lexicon);
// As above, from the sentence's ParaphraseLexicon::Tokens.
EventFrame FrameOf(const std::vector<LexToken>& tokens);

// True if both frames have the same predicate and agent and share at least
// one other argument (a place or target: "in Iraq").
bool SameEvent(const EventFrame& a, const EventFrame& b);

}  // namespace corroborate::corroborate
