// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include <vector>

#include <gtest/gtest.h>

#include "corroborate/link.h"

#include "link/article_builder.h"

namespace corroborate {
namespace {

using testing::ArticleBuilder;

Article Eruption1() {
  return ArticleBuilder("e1", "Volcano erupts near Grindavik, town evacuated")
      .Date("2024-01-14")
      .Say(
          "A volcano on the Reykjanes peninsula erupted early on Sunday, "
          "sending lava toward Grindavik.")
      .Say(
          "Civil protection officials evacuated the town's 3,700 residents "
          "overnight.")
      .Say(
          "Lava flows reached the edge of Grindavik and set three houses on "
          "fire.")
      .Build();
}

Article Eruption2() {
  return ArticleBuilder(
             "e2",
             "Lava engulfs homes in Grindavik as Reykjanes eruption continues")
      .Date("2024-01-15")
      .Say(
          "Houses on the northern edge of Grindavik burned after lava breached "
          "defensive walls.")
      .Say(
          "Iceland's Met Office said a second fissure opened close to the town "
          "on Sunday.")
      .Say("All 3,700 residents had left before the eruption began.")
      .Build();
}

Article Eruption3() {
  return ArticleBuilder("e3",
                        "Iceland declares emergency over Reykjanes eruption")
      .Date("2024-01-14")
      .Say(
          "Iceland's government declared an emergency after the Reykjanes "
          "volcano erupted near Grindavik.")
      .Say(
          "The prime minister said the evacuation of Grindavik had saved "
          "lives.")
      .Build();
}

// Same country, same kind of people quoted, different happening.
Article FishingTalks() {
  return ArticleBuilder("f1",
                        "Iceland and Norway fail to agree mackerel quotas")
      .Date("2024-01-16")
      .Say(
          "Talks between Iceland and Norway on mackerel quotas ended without a "
          "deal in Bergen.")
      .Say(
          "Iceland's government said Norwegian demands for a larger share were "
          "unacceptable.")
      .Say(
          "The prime minister said the fishing fleet would keep its current "
          "quota.")
      .Build();
}

TEST(ClusterStoriesTest,
     SameEventJoinsDifferentEventAboutSameCountryStaysApart) {
  const std::vector<Article> articles = {FishingTalks(), Eruption2(),
                                         Eruption1(), Eruption3()};
  const auto stories = ClusterStories(articles, {}, LinkOptions{});
  ASSERT_EQ(stories.size(), 2u);
  // Ordered by earliest article (date, then id): e1 (2024-01-14) first.
  EXPECT_EQ(stories[0], (std::vector<int>{2, 3, 1}));
  EXPECT_EQ(stories[1], (std::vector<int>{0}));
}

TEST(ClusterStoriesTest,
     ArticlesWeeksApartAreDifferentStoriesUnlessTheyShareText) {
  Article later = Eruption2();
  later.id = "e9";
  later.date = "2024-03-20";  // a later eruption, same place, same words
  const std::vector<Article> articles = {Eruption1(), later};
  EXPECT_EQ(ClusterStories(articles, {}, LinkOptions{}).size(), 2u);
  const std::vector<Reuse> reuse = {Reuse{"e1", "e9", 0.4, {}}};
  EXPECT_EQ(ClusterStories(articles, reuse, LinkOptions{}).size(), 1u);
}

TEST(ClusterStoriesTest, UnrelatedArticlesStaySingletonsAndUndatedSortLast) {
  Article undated = ArticleBuilder("a0", "Cup final goes to penalties")
                        .Say(
                            "The cup final ended level after extra time and "
                            "went to penalties.")
                        .Build();
  const std::vector<Article> articles = {undated, FishingTalks()};
  const auto stories = ClusterStories(articles, {}, LinkOptions{});
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0], std::vector<int>{1});
  EXPECT_EQ(stories[1], std::vector<int>{0});
}

TEST(ClusterStoriesTest, EmptyInput) {
  EXPECT_TRUE(ClusterStories({}, {}, LinkOptions{}).empty());
}

}  // namespace
}  // namespace corroborate
