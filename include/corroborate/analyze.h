// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Stage 3, analyze: reads the body of one article. It splits body paragraphs
// into sentences (ICU), detects the language of each paragraph (CLD2), scores
// text quality (spun or garbled text scores low), finds attributions (who
// said what, through whom) and hedging or non-confirmation signals.
//
// Thread-safe: Analyze may run on different articles in parallel.

#pragma once

#include "corroborate/article.h"
#include "corroborate/options.h"

namespace corroborate {

// Fills sentences, language, paragraphs[].language, quality, low_quality,
// quality_reasons, attributions and signals of `article`.
// REQUIRES: ExtractBody has run on `article`.
void Analyze(Article* article, const AnalyzeOptions& options);

}  // namespace corroborate
