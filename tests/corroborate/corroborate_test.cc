// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Corroborate on hand-made stories: a newspaper's anonymous-sourced merger
// scoop repeated by other outlets, a later on-record confirmation, denials,
// copied text, conditional comments, unattributed repeats.

#include "corroborate/corroborate.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "link/article_builder.h"

namespace corroborate {
namespace {

using testing::ArticleBuilder;

// The scoop: the Harbour Gazette, citing unnamed people, says Kestrel will
// buy Lumen Foods. Every article also says something of its own.
Article Scoop() {
  return ArticleBuilder("a1", "Kestrel in talks to buy Lumen Foods")
      .Site("Harbour Gazette")
      .Date("2025-05-01")
      .Say(
          "Kestrel Holdings has agreed to acquire Lumen Foods for about $4 "
          "billion, people "
          "familiar with the matter told the Harbour Gazette.")
      .From("Harbour Gazette", "people familiar with the matter", true, "told",
            "Kestrel Holdings has agreed to acquire Lumen Foods for about $4 "
            "billion")
      .Say("The deal could be announced as soon as next week, the people said.")
      .From("people", "", true)
      .Say(
          "Lumen Foods makes frozen meals sold in supermarkets across the "
          "north.")
      .Build();
}

Article Repeat1() {
  return ArticleBuilder("a2", "Report: Kestrel to purchase Lumen")
      .Site("Market Wire")
      .Date("2025-05-01")
      .Say(
          "Kestrel Holdings will buy Lumen Foods in a deal worth roughly $4 "
          "billion, the "
          "Harbour Gazette reported, citing unnamed sources.")
      .From("Harbour Gazette", "unnamed sources", true, "reported, citing",
            "Kestrel Holdings will buy Lumen Foods in a deal worth roughly $4 "
            "billion")
      .Say(
          "Shares of Lumen Foods rose sharply in early trading on Thursday "
          "morning.")
      .Build();
}

Article Repeat2() {
  return ArticleBuilder("a3", "Kestrel eyes Lumen Foods takeover")
      .Site("City Daily")
      .Date("2025-05-02")
      .Say(
          "According to the Harbour Gazette, which cited anonymous insiders, "
          "Kestrel has "
          "agreed to a $4 billion purchase of Lumen Foods.")
      .From("the Harbour Gazette", "anonymous insiders", true, "according to",
            "Kestrel has agreed to a $4 billion purchase of Lumen Foods")
      .Say(
          "Shares of Lumen Foods jumped in early trading on Thursday after the "
          "report.")
      .Build();
}

Article Confirmation() {
  return ArticleBuilder("a4", "Kestrel confirms Lumen deal")
      .Site("Market Wire")
      .Date("2025-05-03")
      .Say(
          "Kestrel chief executive Mara Voss confirmed on Friday that Kestrel "
          "Holdings will "
          "acquire Lumen Foods for $4 billion.")
      .From("Mara Voss", "", false, "confirmed",
            "Kestrel Holdings will acquire Lumen Foods for $4 billion")
      .Build();
}

const Claim* FindClaim(const std::vector<Story>& stories,
                       const std::string& article, size_t min_articles) {
  for (const Story& s : stories) {
    for (const Claim& c : s.claims) {
      if (c.articles.size() >= min_articles &&
          std::count(c.articles.begin(), c.articles.end(), article) > 0) {
        return &c;
      }
    }
  }
  return nullptr;
}

std::vector<Story> RunStory(const std::vector<Article>& articles,
                            const std::vector<Reuse>& reuse = {}) {
  std::vector<int> all(articles.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  return Corroborate(articles, {all}, reuse, CorroborateOptions{});
}

TEST(CorroborateTest, OneAnonymousScoopRepeatedByThreeOutletsIsOneOrigin) {
  const auto stories = RunStory({Scoop(), Repeat1(), Repeat2()});
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].id, "S1");
  EXPECT_EQ(stories[0].title, "Kestrel in talks to buy Lumen Foods");
  const Claim& c = stories[0].claims.at(0);
  EXPECT_EQ(c.id, "S1.C1");
  EXPECT_EQ(c.articles, (std::vector<std::string>{"a1", "a2", "a3"}));
  EXPECT_EQ(c.independent_origins, 1);
  ASSERT_EQ(c.origins.size(), 1u);
  EXPECT_TRUE(c.origins[0].anonymous);
  EXPECT_EQ(c.origins[0].articles.size(), 3u);
  EXPECT_EQ(c.verdict, "single_anonymous_source");
  EXPECT_TRUE(c.circular);
  EXPECT_NE(c.explanation.find("circular"), std::string::npos);
  EXPECT_NE(c.explanation.find("Harbour Gazette"), std::string::npos);
}

TEST(CorroborateTest, RootIsNamedByItsShortestSpelling) {
  const auto stories =
      RunStory({Repeat2(), Repeat1()});  // "the Harbour Gazette" first
  const Claim* c = FindClaim(stories, "a3", 2);
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->origins.size(), 1u);
  EXPECT_EQ(c->origins[0].source, "Harbour Gazette");
  EXPECT_EQ(c->origins[0].via,
            "anonymous insiders");  // as the first carrier wrote it
}

TEST(CorroborateTest, OnRecordConfirmationAddsARoot) {
  const auto stories =
      RunStory({Scoop(), Repeat1(), Repeat2(), Confirmation()});
  const Claim* c = FindClaim(stories, "a4", 2);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->articles.size(), 4u);
  EXPECT_EQ(c->independent_origins, 2);
  EXPECT_EQ(c->verdict, "multiple_independent_sources");
  EXPECT_FALSE(c->circular);
}

TEST(CorroborateTest, DenialByThePartyConcernedMakesItDenied) {
  Article denial =
      ArticleBuilder("a5", "Lumen denies sale")
          .Date("2025-05-02")
          .Say(
              "Lumen Foods denied that it had agreed to be acquired by Kestrel "
              "Holdings for $4 billion.")
          .From(
              "Lumen Foods", "", false, "denied",
              "it had agreed to be acquired by Kestrel Holdings for $4 billion")
          .Signal("denied", "denied")
          .Build();
  const auto stories = RunStory({Scoop(), Repeat1(), denial});
  const Claim* c = FindClaim(stories, "a5", 2);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->verdict, "denied");
  EXPECT_EQ(c->independent_origins, 1);  // the denial adds no root
}

TEST(CorroborateTest, DisputeBySomeoneElseMakesItContested) {
  Article dispute =
      ArticleBuilder("a6", "Analyst doubts Lumen deal")
          .Date("2025-05-02")
          .Say(
              "Analyst Pia Strand rejected reports that Kestrel Holdings "
              "agreed "
              "to acquire Lumen Foods for $4 billion.")
          .From("Pia Strand", "", false, "rejected",
                "Kestrel Holdings agreed to acquire Lumen Foods for $4 billion")
          .Build();
  const auto stories = RunStory({Scoop(), Repeat1(), dispute});
  const Claim* c = FindClaim(stories, "a6", 2);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->verdict, "contested");
}

TEST(CorroborateTest, NegatedDenialIsNoDenial) {
  Article notdenied =
      ArticleBuilder("a7", "Kestrel silent")
          .Say(
              "Kestrel did not deny that it had agreed to acquire Lumen Foods "
              "for $4 billion.")
          .From("Kestrel", "", false, "did not deny",
                "it had agreed to acquire Lumen Foods for $4 billion")
          .Build();
  const auto stories = RunStory({Scoop(), Repeat1(), notdenied});
  const Claim* c = FindClaim(stories, "a1", 2);
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->verdict, "denied");
  EXPECT_NE(c->verdict, "contested");
  EXPECT_EQ(c->independent_origins, 1);  // not denying is not confirming
}

TEST(CorroborateTest, CopiedTextInheritsTheRootOfItsOriginal) {
  // The copy drops the attribution: without the reuse link it would be an
  // unattributed repeat; with it, it carries the Gazette's root.
  Article copy = ArticleBuilder("a8", "Kestrel buys Lumen")
                     .Site("Aggregator")
                     .Say(
                         "Kestrel Holdings will buy Lumen Foods in a deal "
                         "worth roughly $4 "
                         "billion.")
                     .Build();
  const std::vector<Reuse> reuse = {
      Reuse{"a2", "a8", 0.3, {Passage{0, 0, 0.7}}}};
  const auto stories = RunStory({Scoop(), Repeat1(), copy}, reuse);
  const Claim* c = FindClaim(stories, "a8", 2);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->independent_origins, 1);
  const auto& carried = c->origins.at(0).articles;
  EXPECT_NE(std::find(carried.begin(), carried.end(), "a8"), carried.end());
}

TEST(CorroborateTest, ConditionalCommentAddsNoRoot) {
  Article comment =
      ArticleBuilder("a9", "Senator on Lumen")
          .Say(
              "If the report is accurate, Kestrel acquiring Lumen Foods for $4 "
              "billion would need a competition review, Senator Eli Rook said.")
          .From(
              "Eli Rook", "", false, "said",
              "If the report is accurate, Kestrel acquiring Lumen Foods for $4 "
              "billion would need a competition review")
          .Build();
  const auto stories = RunStory({Scoop(), Repeat1(), comment});
  const Claim* c = FindClaim(stories, "a9", 2);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->independent_origins, 1);
}

TEST(CorroborateTest,
     UnattributedRepeatsAreUnattributedAndLoneOnesAreNoClaims) {
  Article x = ArticleBuilder("x", "Ferry fire")
                  .Say(
                      "A fire broke out on a passenger ferry near the harbour "
                      "entrance on Monday.")
                  .Say(
                      "The weather was calm and visibility good across the bay "
                      "that evening.")
                  .Build();
  Article y = ArticleBuilder("y", "Fire on ferry")
                  .Say(
                      "A passenger ferry caught fire near the entrance to the "
                      "harbour on Monday.")
                  .Say(
                      "Is the ferry operator to blame for the fire on the "
                      "passenger ferry?")
                  .Build();
  const auto stories = RunStory({x, y});
  ASSERT_EQ(stories.size(), 1u);
  ASSERT_EQ(stories[0].claims.size(), 1u);  // no lone claims, no questions
  const Claim& c = stories[0].claims[0];
  EXPECT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.independent_origins, 0);
  EXPECT_EQ(c.verdict, "unattributed");
  EXPECT_FALSE(c.circular);
}

TEST(CorroborateTest, SingleArticleAttributedClaimIsReported) {
  Article a = ArticleBuilder("z", "Port to expand")
                  .Say(
                      "The port authority will double the size of its "
                      "container terminal by "
                      "2030, the Coastal Herald reported.")
                  .From("Coastal Herald", "", false, "reported")
                  .Signal("unconfirmed", "has not been confirmed")
                  .Build();
  Article b = ArticleBuilder("z2", "Port news")
                  .Say(
                      "The port authority will double the size of its "
                      "container terminal by "
                      "2030, said harbour master Ola Berg.")
                  .From("Ola Berg")
                  .Build();
  const auto one = RunStory({a});
  ASSERT_EQ(one.at(0).claims.size(), 1u);
  EXPECT_EQ(one[0].claims[0].verdict, "officially_unconfirmed");
  EXPECT_EQ(one[0].claims[0].independent_origins, 1);
  const auto other = RunStory({b});
  EXPECT_EQ(other.at(0).claims.at(0).verdict, "single_source");
}

TEST(CorroborateTest, StoriesAreNumberedInClusterOrder) {
  Article x = ArticleBuilder("x", "First")
                  .Say("Nothing here is attributed to anyone at all.")
                  .Build();
  Article y = ArticleBuilder("y", "Second")
                  .Say("Nothing here is attributed to anyone either.")
                  .Build();
  const auto stories =
      Corroborate({x, y}, {{1}, {0}}, {}, CorroborateOptions{});
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].id, "S1");
  EXPECT_EQ(stories[0].title, "Second");
  EXPECT_EQ(stories[0].articles, std::vector<std::string>{"y"});
  EXPECT_EQ(stories[1].id, "S2");
  EXPECT_TRUE(stories[1].claims.empty());
}

}  // namespace
}  // namespace corroborate
