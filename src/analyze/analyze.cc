// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Runs the analyze steps in order: sentences, languages, attributions and
// signals, then quality (which reads the attributions).

#include "corroborate/analyze.h"

#include "analyze/attribution_finder.h"
#include "analyze/language_detector.h"
#include "analyze/quality_scorer.h"
#include "analyze/sentence_splitter.h"
#include "analyze/signal_finder.h"

namespace corroborate {

void Analyze(Article* article, const AnalyzeOptions& options) {
  article->sentences = analyze::SplitSentences(article->paragraphs);
  analyze::DetectLanguages(article, options.min_language_bytes);
  article->attributions = analyze::FindAttributions(article->sentences);
  article->signals = analyze::FindSignals(article->sentences);
  analyze::ScoreQuality(article, options);
}

}  // namespace corroborate
