// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/quality_scorer.h"

#include <algorithm>
#include <cstdio>
#include <regex>

#include "analyze/source_classifier.h"
#include "analyze/spell_checker.h"
#include "analyze/tokenizer.h"

namespace corroborate::analyze {
namespace {

// A word is checked when it is all lower-case ASCII letters (names,
// acronyms and numbers are not in any dictionary) and long enough that a
// typo is not a rare short word.
bool Checkable(const Token& token) {
  if (!token.IsWord() || token.quoted || token.text.size() < 4) return false;
  return std::all_of(token.text.begin(), token.text.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; });
}

void CountSpelling(const std::vector<Token>& tokens, QualityFeatures* f) {
  SpellChecker& checker = SpellChecker::Default();
  for (const Token& token : tokens) {
    if (!Checkable(token)) continue;
    ++f->words;
    if (!checker.Known(token.text)) {
      ++f->misspelled;
      f->misspellings.push_back(token.text);
    }
  }
}

// "”, mentioned X" / "” mentioned X": spinners swap "said" for a synonym
// that no news style uses after a quote.
void CountSpinnerVerbs(const std::vector<Token>& tokens, QualityFeatures* f) {
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    if (!tokens[i].Is("mentioned") && !tokens[i].Is("talked") &&
        !tokens[i].Is("uttered"))
      continue;
    size_t before = i - 1;
    if (tokens[before].text == "," && before > 0) --before;
    if (tokens[before].kind == TokenKind::kCloseQuote &&
        tokens[i + 1].IsCapitalized()) {
      ++f->spinner_speech_verbs;
    }
  }
}

}  // namespace

QualityFeatures MeasureQuality(const Article& article) {
  QualityFeatures f;
  for (const Sentence& sentence : article.sentences) {
    std::vector<Token> tokens = Tokenize(sentence.text);
    CountSpelling(tokens, &f);
    CountSpinnerVerbs(tokens, &f);
  }
  for (const Attribution& attribution : article.attributions) {
    if (IsPronoun(attribution.source) &&
        (attribution.source == "it" || attribution.source == "It")) {
      ++f.unresolved_pronouns;
    }
  }
  return f;
}

void ScoreQuality(Article* article, const AnalyzeOptions& options) {
  QualityFeatures f = MeasureQuality(*article);
  double penalty = 0;
  std::vector<std::string> reasons;
  if (f.words > 0) {
    double per_thousand = 1000.0 * f.misspelled / f.words;
    penalty += std::clamp((per_thousand - 5.0) / 20.0, 0.0, 0.5);
    if (per_thousand > 5.0) {
      char buffer[96];
      std::snprintf(buffer, sizeof buffer, "misspellings: %d of %d words",
                    f.misspelled, f.words);
      reasons.push_back(buffer);
    }
  }
  if (f.spinner_speech_verbs > 0) {
    penalty += 0.3;
    reasons.push_back(
        "spinner speech verb after a quote (\"mentioned\" for \"said\")");
  }
  if (f.unresolved_pronouns > 0) {
    penalty += 0.3;
    reasons.push_back("\"it said\" with no party named before");
  }
  article->quality = std::clamp(1.0 - penalty, 0.0, 1.0);
  article->low_quality = article->quality < options.low_quality_below;
  article->quality_reasons =
      article->low_quality ? reasons : std::vector<std::string>{};
}

}  // namespace corroborate::analyze
