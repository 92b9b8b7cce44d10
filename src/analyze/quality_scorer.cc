// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/quality_scorer.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_set>

#include <re2/re2.h>

#include "analyze/source_classifier.h"
#include "analyze/spell_checker.h"
#include "analyze/tokenizer.h"
#include "util/word_set.h"

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

// Counts distinct words: a name written in lower case ("chile") repeated
// ten times is one unknown word, not ten.
void CountSpelling(const std::vector<Token>& tokens,
                   std::unordered_set<std::string>* seen, QualityFeatures* f) {
  SpellChecker& checker = SpellChecker::Default();
  for (const Token& token : tokens) {
    if (!Checkable(token) || !seen->insert(token.text).second) continue;
    ++f->words;
    if (!checker.Known(token.text)) {
      ++f->misspelled;
      f->misspellings.push_back(token.text);
    }
  }
}

// "”, mentioned X" / "”, he mentioned.": spinners swap "said" for a synonym
// that no news style uses after a quote. Between the quote and the verb at
// most a short subject (a name or pronoun) may stand.
constexpr size_t kMaxSubjectWords = 4;

bool IsSpunSaid(const Token& token) {
  static const util::WordSet kSpunSaid = {"mentioned", "talked", "uttered",
                                          "advised", "informed"};
  return kSpunSaid.count(token.lower) > 0;
}

// A word that may stand between a quote and its speech tag: a name, a
// pronoun, a title ("”, the minister mentioned").
bool IsTagSubjectWord(const Token& token) {
  return token.IsNameLike() || IsPronoun(token.text) ||
         IsPersonTitle(token.lower) || token.Is("the") || token.Is("a");
}

// True iff the quotation closing at `q` is a statement ("...,” / "...”,"),
// not a quoted term inside a sentence ("his “endorsement” was mentioned").
bool EndsStatement(const std::vector<Token>& tokens, size_t q) {
  bool punct_inside = q > 0 && tokens[q - 1].kind == TokenKind::kPunct;
  bool comma_after = q + 1 < tokens.size() && tokens[q + 1].text == ",";
  return punct_inside || comma_after;
}

void CountSpinnerVerbs(const std::vector<Token>& tokens, QualityFeatures* f) {
  for (size_t q = 0; q + 1 < tokens.size(); ++q) {
    if (tokens[q].kind != TokenKind::kCloseQuote || !EndsStatement(tokens, q))
      continue;
    size_t j = q + 1;
    if (tokens[j].text == ",") ++j;
    size_t words = 0;
    while (j < tokens.size() && IsTagSubjectWord(tokens[j]) &&
           !IsSpunSaid(tokens[j]) && words < kMaxSubjectWords) {
      ++j;
      ++words;
    }
    if (j >= tokens.size() || !IsSpunSaid(tokens[j])) continue;
    // "... ” mentioned that": a real verb with its own clause, not a tag.
    bool clause = j + 1 < tokens.size() &&
                  (tokens[j + 1].Is("that") || tokens[j + 1].Is("the"));
    if (!clause) ++f->spinner_speech_verbs;
  }
}

// Spinners write alternatives as "{word|word}" and expand them; a left-over
// group shows as lower-case words in braces between words of a sentence.
// (Style sheets pasted into articles have braces too, around
// "property: value;" lines, which this does not match.)
int CountSpintax(const std::string& sentence) {
  static const RE2 kSpintax(R"(\w \{[a-z]+(?:[ |][a-z]+){0,4}\} \w)");
  int count = 0;
  re2::StringPiece input(sentence);
  while (RE2::FindAndConsume(&input, kSpintax)) ++count;
  return count;
}

}  // namespace

QualityFeatures MeasureQuality(const Article& article) {
  QualityFeatures f;
  // Only membership is asked, so a hash set (no ordered string compares).
  std::unordered_set<std::string> seen;
  // The dictionaries are English: other languages are not spell-checked.
  bool english = article.language == "en";
  for (const Sentence& sentence : article.sentences) {
    std::vector<Token> tokens = Tokenize(sentence.text);
    if (english) CountSpelling(tokens, &seen, &f);
    CountSpinnerVerbs(tokens, &f);
    for (const Token& token : tokens) {
      if (token.Is("stated")) ++f.stated;
      if (token.Is("said") || token.Is("says") || token.Is("say") ||
          token.Is("told"))
        ++f.said;
    }
    f.spintax_leftovers += CountSpintax(sentence.text);
  }
  for (const Attribution& attribution : article.attributions) {
    if (IsPronoun(attribution.source) &&
        (attribution.source == "it" || attribution.source == "It")) {
      ++f.unresolved_pronouns;
    }
  }
  return f;
}

// Calibration (measured with a throwaway driver over Analyze, Nov 2026):
//   clean news: PolNeAR dev (84 articles, "text") and the extraction truth
//     bodies (121 pages, 109 detected English) -> 0 of 205 flagged low.
//     Spinner speech verbs: 0 articles. Unresolved "it said": 1 of 205.
//     Distinct misspelled words: at most 2 in any article except one with 3
//     (14.9 per 1000); rates up to 47.6 per 1000 occur only with 1-2 words in
//     short texts, so the rate alone is no evidence.
//   spun text: seed 003 -> quality 0.15 (spinner verb + unresolved "it
//     said"; 1 misspelling, "originial"). PolNeAR dev run through a synonym
//     spinner (words swapped with probability 0.6 from a 40-word table,
//     "said" -> mentioned/stated/acknowledged/advised/informed) -> 36 of 84
//     flagged low (43%): only the spinner-verb feature fires; synonym swaps
//     without a speech tag go unseen.
//   PolNeAR train (840 articles, inspected to fix false alarms on quoted
//     terms such as "his “endorsement” was mentioned by"): 0 flagged; the
//     lowest score, 0.5, is a tweet-heavy text with 5 unknown words in 33.
// Penalties, subtracted from 1:
//   spinner verb after a quote: 0.55, enough alone to fall below the 0.5
//     default (never seen in the 205 clean articles).
//   unresolved "it said": 0.3 (1 of 205 clean articles; below 0.5 alone).
//   misspellings: only with >= 3 distinct unknown words (clean maximum 3)
//     and a rate above 20 per 1000 (clean maximum with >= 3 words: 14.9);
//     (rate - 20) / 60, at most 0.5.
constexpr double kSpinnerVerbPenalty = 0.55;
//   spintax left in a sentence: 0.55, alone enough (none in PolNeAR train
//     and dev, wikiref-dev or the extraction truth bodies; the braces there
//     are style sheets).
constexpr double kSpintaxPenalty = 0.55;
//   "stated" as the article's speech verb (4 or more, at most one "said",
//     "says", "say" or "told" for four): 0.55, alone enough. None of 1,576
//     real articles (PolNeAR train and dev, wikiref-dev, PolNeAR events, the
//     extraction truth bodies) is so written; both spun articles of the
//     blind dev sets are (6 to 0, 9 to 2).
constexpr int kMinStated = 4;
constexpr int kStatedPerSaid = 4;
constexpr double kStatedForSaidPenalty = 0.55;
constexpr double kUnresolvedPronounPenalty = 0.3;
constexpr int kMinMisspelled = 3;
constexpr double kMisspellingFloorPerThousand = 20.0;
constexpr double kMisspellingSpanPerThousand = 60.0;
constexpr double kMaxMisspellingPenalty = 0.5;

void ScoreQuality(Article* article, const AnalyzeOptions& options) {
  QualityFeatures f = MeasureQuality(*article);
  double penalty = 0;
  std::vector<std::string> reasons;
  double per_thousand = f.words > 0 ? 1000.0 * f.misspelled / f.words : 0;
  if (f.misspelled >= kMinMisspelled &&
      per_thousand > kMisspellingFloorPerThousand) {
    penalty += std::min(kMaxMisspellingPenalty,
                        (per_thousand - kMisspellingFloorPerThousand) /
                            kMisspellingSpanPerThousand);
    char buffer[96];
    std::snprintf(buffer, sizeof buffer,
                  "misspellings: %d of %d distinct words", f.misspelled,
                  f.words);
    reasons.push_back(buffer);
  }
  if (f.spinner_speech_verbs > 0) {
    penalty += kSpinnerVerbPenalty;
    reasons.push_back(
        "spinner speech verb after a quote (\"mentioned\" for \"said\")");
  }
  if (f.stated >= kMinStated && f.said * kStatedPerSaid <= f.stated) {
    penalty += kStatedForSaidPenalty;
    reasons.push_back("\"stated\" where news writes \"said\" (" +
                      std::to_string(f.stated) + " against " +
                      std::to_string(f.said) + ")");
  }
  if (f.spintax_leftovers > 0) {
    penalty += kSpintaxPenalty;
    reasons.push_back("spinner leftovers in braces (\"{that a}\")");
  }
  if (f.unresolved_pronouns > 0) {
    penalty += kUnresolvedPronounPenalty;
    reasons.push_back("\"it said\" with no party named before");
  }
  article->quality = std::clamp(1.0 - penalty, 0.0, 1.0);
  article->low_quality = article->quality < options.low_quality_below;
  article->quality_reasons = std::move(reasons);
}

}  // namespace corroborate::analyze
