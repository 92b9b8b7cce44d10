// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/pair_model.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/link.h"

#include "link/article_builder.h"
#include "link/pair_features.h"

namespace corroborate {
namespace {

using link::PairFeatureTable;
using testing::ArticleBuilder;

// One event (a fire at a turbine plant) told three ways, a second event of
// the same company and town the next day (its quarterly results), and an
// unrelated article.
std::vector<Article> TurbineArticles() {
  return {
      ArticleBuilder("fire-1",
                     "Fire guts blade hall at Nordvind plant in Esbjerg")
          .Date("2025-03-04")
          .Say("A fire destroyed the blade workshop of turbine maker Nordvind "
               "in Esbjerg on Tuesday night.")
          .Say("Firefighters fought the blaze for six hours; no one was hurt.")
          .Say("\"We lost forty blades and the moulds to make them,\" plant "
               "manager Hanne Lyngby said.")
          .Say("Police said the cause of the fire was not yet known.")
          .Build(),
      ArticleBuilder("fire-2",
                     "Blaze at Esbjerg turbine factory destroys blades")
          .Date("2025-03-05")
          .Say("Flames tore through a Nordvind blade workshop in the port of "
               "Esbjerg late on Tuesday, burning the hall to the ground.")
          .Say("\"We lost forty blades and the moulds to make them,\" said "
               "Hanne Lyngby, who runs the plant.")
          .Say("Six fire crews needed six hours to put the blaze out.")
          .Build(),
      ArticleBuilder("fire-3", "Nordvind workshop burns down, no injuries")
          .Date("2025-03-05")
          .Say("Nobody was injured when fire burned down the blade hall of "
               "the Nordvind works at Esbjerg overnight.")
          .Say("Investigators have not yet found what started the fire, "
               "police in Esbjerg said.")
          .Build(),
      ArticleBuilder("results-1",
                     "Nordvind profit falls as Esbjerg orders slip")
          .Date("2025-03-06")
          .Say("Nordvind reported a 12 percent fall in quarterly profit on "
               "Thursday as turbine orders slowed.")
          .Say("Chief executive Mads Holt said the Esbjerg plant would keep "
               "all 900 jobs despite weaker demand.")
          .Say("Shares in the turbine maker fell 4 percent in Copenhagen.")
          .Build(),
      ArticleBuilder("results-2",
                     "Turbine maker Nordvind misses profit forecast")
          .Date("2025-03-06")
          .Say("Quarterly earnings at Nordvind came in below analyst "
               "forecasts, with profit down 12 percent.")
          .Say("Mads Holt, the chief executive, blamed delayed offshore "
               "orders and said investors should expect a slow spring.")
          .Build(),
      ArticleBuilder("bridge", "Bridge repairs close motorway near Odense")
          .Date("2025-03-05")
          .Say("The motorway bridge over the Odense canal will close for "
               "repairs for three weeks from Monday.")
          .Say("Drivers were told to expect long queues on the detour.")
          .Build(),
  };
}

TEST(PairFeaturesTest, ParaphrasesScoreAboveSameTopicPairs) {
  const PairFeatureTable table(TurbineArticles());
  const link::PairFeatures same = table.Features(0, 1);
  const link::PairFeatures other = table.Features(0, 3);
  EXPECT_GT(same[link::kBodyCosine], other[link::kBodyCosine]);
  EXPECT_GT(same[link::kLeadCosine], other[link::kLeadCosine]);
  // The quote both reports carry is a run of rare 5-grams.
  EXPECT_GT(same[link::kSharedGrams], 1.0);
  EXPECT_EQ(other[link::kSharedGrams], 0.0);
  EXPECT_EQ(same[link::kDaysApart], 1.0);
  // Symmetric.
  EXPECT_EQ(table.Features(1, 0), same);
}

TEST(PairFeaturesTest, UndatedPairsGetTheNeutralDayGap) {
  std::vector<Article> articles = TurbineArticles();
  articles[1].date.clear();
  const PairFeatureTable table(articles);
  EXPECT_EQ(table.Features(0, 1)[link::kDaysApart], link::kUnknownDaysApart);
  EXPECT_EQ(table.Features(0, 2)[link::kDaysApart], 1.0);
}

TEST(PairFeaturesTest, NumbersAndNamesCountOnlyWhenRare) {
  // 900 is in one article only; 12 has too few digits; the year is not a
  // telling number; "Hanne Lyngby" is a rare name shared by two articles.
  const PairFeatureTable table(TurbineArticles());
  EXPECT_EQ(table.Features(3, 4)[link::kSharedNumbers], 0.0);
  EXPECT_GT(table.Features(0, 1)[link::kSharedNames], 0.0);
  EXPECT_EQ(table.Features(0, 5)[link::kSharedNames], 0.0);
}

TEST(PairFeaturesTest, LeadsNamingOneDayShareItAndOtherDaysClash) {
  const PairFeatureTable table(TurbineArticles());
  // "Tuesday night" (published Tuesday) and "late on Tuesday" (published
  // Wednesday) name the same Tuesday.
  EXPECT_EQ(table.Features(0, 1)[link::kSharedEventDay], 1.0);
  EXPECT_EQ(table.Features(0, 1)[link::kEventDayClash], 0.0);
  // The results came "on Thursday": another day.
  EXPECT_EQ(table.Features(0, 3)[link::kSharedEventDay], 0.0);
  EXPECT_EQ(table.Features(0, 3)[link::kEventDayClash], 1.0);
  // fire-3 names no day ("overnight"): neither.
  EXPECT_EQ(table.Features(0, 2)[link::kSharedEventDay], 0.0);
  EXPECT_EQ(table.Features(0, 2)[link::kEventDayClash], 0.0);
}

TEST(PairFeaturesTest, EveryFeatureHasAName) {
  for (auto name : link::PairFeatureNames()) EXPECT_FALSE(name.empty());
}

TEST(PairModelTest, ParsesWeightsBiasAndThreshold) {
  std::istringstream in(
      "# comment\nbody_cosine\t2\nlead_cosine\t0\ntitle_cosine\t0\n"
      "lead_body_cosine\t0\nshared_names\t0\nshared_grams\t0\n"
      "shared_numbers\t0\ndays_apart\t-1\nshared_event_day\t0\n"
      "event_day_clash\t0\nbias\t0.5\nthreshold\t0.3\n");
  const link::PairModel model = link::ParsePairModel(in);
  ASSERT_TRUE(model.loaded);
  EXPECT_DOUBLE_EQ(model.threshold, 0.3);
  link::PairFeatures f{};
  f[link::kBodyCosine] = 0.25;
  f[link::kDaysApart] = 1.0;
  // z = 2 * 0.25 - 1 + 0.5 = 0.
  EXPECT_DOUBLE_EQ(model.Probability(f), 0.5);
}

TEST(PairModelTest, IncompleteOrBadFilesAreNotLoaded) {
  std::istringstream missing_feature(
      "body_cosine\t2\nbias\t0.5\nthreshold\t0.3\n");
  EXPECT_FALSE(link::ParsePairModel(missing_feature).loaded);
  std::istringstream bad_threshold(
      "body_cosine 1\nlead_cosine 0\ntitle_cosine 0\nlead_body_cosine 0\n"
      "shared_names 0\nshared_grams 0\nshared_numbers 0\ndays_apart 0\n"
      "shared_event_day 0\nevent_day_clash 0\nbias 0\nthreshold 1.5\n");
  EXPECT_FALSE(link::ParsePairModel(bad_threshold).loaded);
  std::istringstream empty("");
  EXPECT_FALSE(link::ParsePairModel(empty).loaded);
}

// Every pair of the fire reports scores above the model's threshold and
// above every pair of a fire report and another article, including the
// company's results a day later (same company, town and trade).
TEST(PairModelTest, TheShippedModelRanksParaphrasesAboveSameTopic) {
  const link::PairModel& model = link::DefaultPairModel();
  ASSERT_TRUE(model.loaded);
  const PairFeatureTable table(TurbineArticles());
  double lowest_same = 1, highest_other = 0;
  for (int a : {0, 1, 2}) {
    for (int b : {0, 1, 2}) {
      if (a != b) {
        lowest_same =
            std::min(lowest_same, model.Probability(table.Features(a, b)));
      }
    }
    for (int b : {3, 4, 5}) {
      highest_other =
          std::max(highest_other, model.Probability(table.Features(a, b)));
    }
  }
  EXPECT_GT(lowest_same, model.threshold);
  EXPECT_GT(lowest_same, highest_other);
  // The two results reports are one event too.
  EXPECT_GT(model.Probability(table.Features(3, 4)), model.threshold);
}

// With the learned model: the three fire reports are one story, the
// company's results the next day (same company, town and chief, another
// happening) are another, and the bridge stays alone.
TEST(PairModelTest, SameEventJoinsAndSameTopicDifferentEventDoesNot) {
  const auto stories = ClusterStories(TurbineArticles(), {}, LinkOptions{});
  ASSERT_EQ(stories.size(), 3u);
  EXPECT_EQ(stories[0], (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(stories[1], (std::vector<int>{5}));
  EXPECT_EQ(stories[2], (std::vector<int>{3, 4}));
}

}  // namespace
}  // namespace corroborate
