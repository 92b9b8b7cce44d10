// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Finds attributions in the body sentences of an article: who (source, and
// the party the source cites: via), the cue, and what is attributed.
// Rule-based: a cue from the cue lexicon, its subject (or the party after an
// inverted cue, "..., said X"), and the clause or quote it introduces.
// Chains ("A reported, citing B", "B told A", "A quoted B saying") give
// source A via B. Pronouns and short references are resolved against the
// parties named earlier in the article (MentionTracker).
//
// Thread-safe: pure function.

#pragma once

#include <vector>

#include "corroborate/article.h"

namespace corroborate::analyze {

// Returns the attributions of `sentences` (Article::sentences), in sentence
// order; Attribution::sentence indexes `sentences`. `broad` adds the cues of
// the learned lexicon (models/cue_lexicon.tsv: beliefs, intentions,
// agreements, as PolNeAR annotates them); the pipeline leaves it off, since
// provenance wants statements and "X agreed to Y" is the claim itself.
std::vector<Attribution> FindAttributions(
    const std::vector<Sentence>& sentences, bool broad = false);

}  // namespace corroborate::analyze
