// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Scores how much an article's body reads like clean news prose (1) or like
// spun or garbled text (0): article spinners replace words by odd synonyms,
// leave misspellings and drop the context pronouns refer to.
//
// Thread-safe: the spell checker serialises its lookups.

#pragma once

#include <string>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/options.h"

namespace corroborate::analyze {

// What the scorer counts in the body.
struct QualityFeatures {
  int words = 0;       // lower-case words checked for spelling
  int misspelled = 0;  // of those, unknown to the dictionaries
  int spinner_speech_verbs =
      0;  // a quote followed by a spinner's "said" ("”, mentioned X")
  int unresolved_pronouns = 0;  // "it said" with no party named before
  // Spintax a spinner left unexpanded inside a sentence ("had discovered
  // {that a} defective", "{quick|fast}").
  int spintax_leftovers = 0;
  // Speech verbs: "stated" against "said"/"says"/"say"/"told". Spinners
  // swap every "said" for "stated"; news writes "said".
  int stated = 0;
  int said = 0;
  std::vector<std::string> misspellings;
};

// Counts the features. REQUIRES: sentences and attributions are filled.
QualityFeatures MeasureQuality(const Article& article);

// Sets quality, low_quality and quality_reasons from MeasureQuality.
void ScoreQuality(Article* article, const AnalyzeOptions& options);

}  // namespace corroborate::analyze
