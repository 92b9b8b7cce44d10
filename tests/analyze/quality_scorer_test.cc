// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/quality_scorer.h"

#include <gtest/gtest.h>

#include "corroborate/analyze.h"

#include "analyze/test_article.h"

namespace corroborate::analyze {
namespace {

Article Analyzed(const std::vector<std::string>& body) {
  Article article = MakeArticle(body);
  Analyze(&article, AnalyzeOptions{});
  return article;
}

const char kClean1[] =
    "Kenya and Tanzania signed a trade agreement on Thursday that removes "
    "tariffs on maize, "
    "rice and cooking oil, officials in both capitals said.";
const char kClean2[] =
    "\xE2\x80\x9CThis deal will lower prices for families on both sides of the "
    "border,\xE2\x80\x9D "
    "Trade Minister Rebecca Miano said at the signing ceremony in Arusha.";
const char kClean3[] =
    "Traders at the Namanga crossing welcomed the agreement but warned that "
    "slow customs "
    "checks still cost them days of business every month.";

TEST(QualityScorer, CleanNewsScoresHigh) {
  Article article = Analyzed({kClean1, kClean2, kClean3});
  EXPECT_FALSE(article.low_quality);
  EXPECT_DOUBLE_EQ(article.quality, 1.0);
  EXPECT_TRUE(article.quality_reasons.empty());
}

TEST(QualityScorer, SpinnerSpeechVerbAfterQuoteScoresLow) {
  Article article = Analyzed({kClean1,
                              "\xE2\x80\x9CThis deal will lower prices for "
                              "families,\xE2\x80\x9D mentioned Trade "
                              "Minister Rebecca Miano at the signing ceremony.",
                              kClean3});
  EXPECT_TRUE(article.low_quality);
  EXPECT_LT(article.quality, 0.5);
  ASSERT_FALSE(article.quality_reasons.empty());
  EXPECT_EQ(MeasureQuality(article).spinner_speech_verbs, 1);
}

TEST(QualityScorer, SpintaxLeftInASentenceScoresLow) {
  Article spun =
      Analyzed({kClean1,
                "The regulator stated its probe had discovered {that a} "
                "defective software program triggered the disruption."});
  EXPECT_TRUE(spun.low_quality);
  EXPECT_EQ(MeasureQuality(spun).spintax_leftovers, 1);
  // Braces of a style sheet pasted into the text are no spintax.
  Article css = Analyzed(
      {kClean1, kClean2, ".twitter-bio { text-align: left; } .image-wrap {"});
  EXPECT_EQ(MeasureQuality(css).spintax_leftovers, 0);
  EXPECT_FALSE(css.low_quality);
}

TEST(QualityScorer, StatedForEverySaidScoresLow) {
  Article spun = Analyzed(
      {"Scientists stated on Wednesday that bleaching hit six in each 10 "
       "reefs.",
       "The alliance stated its observers discovered bleaching on 246 reefs.",
       "\xE2\x80\x9CWe noticed entire reef flats that were white,\xE2\x80\x9D "
       "Cattermole stated.",
       "She stated the survey couldn't but say how much coral would die."});
  EXPECT_TRUE(spun.low_quality);
  // News that writes "stated" now and then, beside its "said"s, is fine.
  Article news = Analyzed(
      {kClean1, kClean2,
       "The ministry stated its position in a letter, officials said.",
       "The treaty, as stated in its preamble, covers maize, the minister "
       "said."});
  EXPECT_FALSE(news.low_quality);
}

TEST(QualityScorer, MentionedWithItsOwnClauseIsFine) {
  Article article = Analyzed(
      {kClean1, kClean2,
       "The minister also mentioned that fishing rights were discussed."});
  EXPECT_FALSE(article.low_quality);
}

TEST(QualityScorer, UnresolvedItSaidCostsButIsNotEnoughAlone) {
  Article article = Analyzed(
      {"Two warehouses near the port were flooded, it said.", kClean3});
  EXPECT_EQ(MeasureQuality(article).unresolved_pronouns, 1);
  EXPECT_LT(article.quality, 1.0);
  EXPECT_FALSE(article.low_quality);
}

TEST(QualityScorer, ManyMisspellingsScoreLow) {
  Article article =
      Analyzed({"The goverment anounced a new tradde agrement with the "
                "neighbouring contry, and the "
                "ministery said the tarifs would be remooved within the "
                "comming monthes."});
  QualityFeatures features = MeasureQuality(article);
  EXPECT_GE(features.misspelled, 8);
  EXPECT_LT(article.quality, 1.0);
}

TEST(QualityScorer, OneTypoIsNotEnough) {
  Article article = Analyzed(
      {kClean1, kClean2, "Traders at the crossing welcomed the agrement."});
  EXPECT_EQ(MeasureQuality(article).misspelled, 1);
  EXPECT_DOUBLE_EQ(article.quality, 1.0);
}

TEST(QualityScorer, QuotedTermBeforeMentionedIsFine) {
  Article article = Analyzed({kClean1,
                              "Her \xE2\x80\x9C"
                              "border plan\xE2\x80\x9D was "
                              "mentioned by several traders.",
                              kClean3});
  EXPECT_EQ(MeasureQuality(article).spinner_speech_verbs, 0);
  EXPECT_FALSE(article.low_quality);
}

}  // namespace
}  // namespace corroborate::analyze
