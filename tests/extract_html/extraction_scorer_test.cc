// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extraction_scorer.h"

#include <gtest/gtest.h>

namespace corroborate::bench {
namespace {

using Tokens = std::vector<std::string>;

TEST(TokenizeTest, PunctuationSeparates) {
  EXPECT_EQ(Tokenize("a b,cd:e(foo,bar)"),
            (Tokens{"a", "b", "cd", "e", "foo", "bar"}));
}

TEST(TokenizeTest, ApostropheSplitsAWord) {
  EXPECT_EQ(Tokenize("don't"), (Tokens{"don", "t"}));
}

TEST(TokenizeTest, UnicodeLettersNumbersAndUnderscoreAreWordCharacters) {
  // Cyrillic, accented Latin, a Korean syllable, a superscript two (No),
  // and the underscore.
  EXPECT_EQ(Tokenize("Привет café 한국 x\xC2\xB2 snake_case"),
            (Tokens{"Привет", "café", "한국", "x\xC2\xB2", "snake_case"}));
}

TEST(TokenizeTest, SoftHyphenAndCombiningMarkSeparate) {
  // U+00AD (Cf) and U+0301 (Mn) are not word characters.
  EXPECT_EQ(Tokenize("co\xC2\xADop"), (Tokens{"co", "op"}));
  EXPECT_EQ(Tokenize("e\xCC\x81t"), (Tokens{"e", "t"}));
}

TEST(TokenizeTest, CaseIsKept) {
  EXPECT_EQ(Tokenize("Rain rain"), (Tokens{"Rain", "rain"}));
}

TEST(ScorePageTest, CaseCountsPunctuationDoesNot) {
  PageScore score =
      ScorePage("The ferry left at dawn.", "the ferry left at dawn");
  // Case differs in the first token, so one of two shingles misses.
  EXPECT_DOUBLE_EQ(score.precision, 0.5);
  score = ScorePage("The ferry left at dawn.", "The ferry, left at dawn");
  EXPECT_DOUBLE_EQ(score.precision, 1);
  EXPECT_DOUBLE_EQ(score.recall, 1);
  EXPECT_TRUE(score.exact);
}

TEST(ScorePageTest, ShortTextsAreOneShingle) {
  // Three tokens form one shingle: equal texts match fully ...
  PageScore same = ScorePage("red blue green", "red blue green");
  EXPECT_DOUBLE_EQ(same.precision, 1);
  // ... and a different short text shares nothing.
  PageScore different = ScorePage("red blue", "red blue green");
  EXPECT_TRUE(different.has_precision);
  EXPECT_DOUBLE_EQ(different.precision, 0);
  EXPECT_DOUBLE_EQ(different.recall, 0);
}

TEST(ScorePageTest, CountsAreMultisets) {
  // Truth has 5 shingles, "a b c d" twice; the prediction's single
  // "a b c d" matches only one of them.
  PageScore score = ScorePage("a b c d", "a b c d a b c d");
  EXPECT_DOUBLE_EQ(score.precision, 1);
  EXPECT_DOUBLE_EQ(score.recall, 1.0 / 5);
  EXPECT_FALSE(score.exact);
}

TEST(ScorePageTest, EmptyPredictionHasNoPrecision) {
  PageScore score = ScorePage("", "one two three four five");
  EXPECT_FALSE(score.has_precision);
  EXPECT_TRUE(score.has_recall);
  EXPECT_DOUBLE_EQ(score.recall, 0);
}

TEST(AggregateTest, EmptyPredictionLeftOutOfPrecision) {
  std::vector<PageScore> pages = {ScorePage("a b c d e", "a b c d e"),
                                  ScorePage("...", "a b c d e")};
  CorpusScore corpus = Aggregate(pages);
  EXPECT_DOUBLE_EQ(corpus.precision, 1);  // only the first page counts
  EXPECT_DOUBLE_EQ(corpus.recall, 0.5);   // both count
  EXPECT_DOUBLE_EQ(corpus.accuracy, 0.5);
}

TEST(AggregateTest, F1IsFromTheMeans) {
  // Page 1: P = 1, R = 1/2. Page 2: P = 1/2, R = 1.
  std::vector<PageScore> pages = {ScorePage("a b c d", "a b c d e"),
                                  ScorePage("a b c d e", "a b c d")};
  CorpusScore corpus = Aggregate(pages);
  EXPECT_DOUBLE_EQ(corpus.precision, 0.75);
  EXPECT_DOUBLE_EQ(corpus.recall, 0.75);
  EXPECT_DOUBLE_EQ(corpus.f1, 0.75);  // mean of per-page F1 would be 2/3
}

}  // namespace
}  // namespace corroborate::bench
