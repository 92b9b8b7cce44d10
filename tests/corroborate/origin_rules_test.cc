// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The root rules of docs/provenance.md on hand-made articles about a port
// closing a terminal: one chain per sentence, surnames, "the <outlet>
// report added", anaphoric unnamed groups, imagery roots, reactions.

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/corroborate.h"

#include "link/article_builder.h"

namespace corroborate {
namespace {

using testing::ArticleBuilder;

std::vector<Story> RunStory(const std::vector<Article>& articles) {
  std::vector<int> all(articles.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  return Corroborate(articles, {all}, {}, CorroborateOptions{});
}

// The claim whose text starts with `start`, else one carried by a sentence
// that does.
const Claim* ClaimStarting(const std::vector<Story>& stories,
                           const std::string& start) {
  for (const Story& s : stories) {
    for (const Claim& c : s.claims)
      if (c.text.starts_with(start)) return &c;
  }
  for (const Story& s : stories) {
    for (const Claim& c : s.claims) {
      for (const ClaimAttribution& a : c.attributions)
        if (a.text.starts_with(start)) return &c;
    }
  }
  return nullptr;
}

// A one-sentence article `id` of `site` about interest rates saying `text`;
// attribute it with From.
ArticleBuilder RatesArticle(const std::string& id, const std::string& site,
                            const std::string& text) {
  ArticleBuilder b(id, "Rates");
  b.Site(site).Say(text);
  return b;
}

void SetKind(Article* a, size_t attribution, SourceKind kind) {
  a->attributions.at(attribution).source_kind = kind;
}

TEST(OriginRulesTest, OutletAddingANamedPartysWordsIsItsConduit) {
  Article a = ArticleBuilder("a1", "Valen terminal to close")
                  .Site("Bay News")
                  .Say(
                      "Harbour master Ola Berg said the Port of Valen will "
                      "close its north terminal in June, the Coastal Herald "
                      "added.")
                  .From("Ola Berg", "", false, "said")
                  .From("Coastal Herald", "", false, "added")
                  .Build();
  SetKind(&a, 0, SourceKind::kPerson);
  SetKind(&a, 1, SourceKind::kOutlet);
  const auto stories = RunStory({a});
  const Claim* c = ClaimStarting(stories, "Harbour master");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->independent_origins, 1);
  EXPECT_EQ(c->origins.at(0).source, "Ola Berg");
  for (const ClaimAttribution& ca : c->attributions) EXPECT_EQ(ca.origin, 0);
}

TEST(OriginRulesTest, MessageReportedByAnOutletIsTheOutlets) {
  Article a = ArticleBuilder("a1", "Ministry and port")
                  .Site("Bay News")
                  .Say(
                      "The ministry has told the Port of Valen it must close "
                      "its north terminal in June, said the Coastal Herald.")
                  .From("The ministry", "", false, "told")
                  .From("Coastal Herald", "", false, "said")
                  .Build();
  SetKind(&a, 0, SourceKind::kOrganization);
  SetKind(&a, 1, SourceKind::kOutlet);
  const auto stories = RunStory({a});
  const Claim* c = ClaimStarting(stories, "The ministry");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->independent_origins, 1);
  EXPECT_EQ(c->origins.at(0).source, "Coastal Herald");
}

// "<P> told <Q> ..., according to people familiar with the matter": the
// message is what the unnamed sources tell of, one chain with them.
TEST(OriginRulesTest, MessageReportedByUnnamedSourcesIsTheirs) {
  Article a =
      ArticleBuilder("a1", "Ministry and port")
          .Site("Bay News")
          .Say(
              "The ministry has told the Port of Valen it must close "
              "its north terminal in June, according to two people "
              "familiar with the matter.")
          .From("The ministry", "", false, "told")
          .From("two people familiar with the matter", "", true, "according to")
          .Build();
  SetKind(&a, 0, SourceKind::kOrganization);
  SetKind(&a, 1, SourceKind::kAnonymous);
  const auto stories = RunStory({a});
  const Claim* c = ClaimStarting(stories, "The ministry");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->independent_origins, 1);
  EXPECT_TRUE(c->origins.at(0).anonymous);
}

// "X has sued Y, a court spokeswoman said, days after X announced a
// recall": the recall's announcer is no root of the lawsuit.
TEST(OriginRulesTest, AttributionOfAnotherClauseIsNoRoot) {
  const std::string text =
      "Kessler has sued its supplier Jinhai for 480 million euros in "
      "damages, a spokeswoman for the Munich court said on Friday, days after "
      "the carmaker announced a recall of 212,000 cars.";
  Article a = ArticleBuilder("a1", "Lawsuit")
                  .Site("Bay News")
                  .Say(text)
                  .From("a spokeswoman for the Munich court", "", false, "said",
                        "Kessler has sued its supplier Jinhai for 480 million "
                        "euros in damages")
                  .From("the carmaker", "", false, "announced",
                        "a recall of 212,000 cars")
                  .Build();
  SetKind(&a, 0, SourceKind::kOrganization);
  SetKind(&a, 1, SourceKind::kOrganization);
  const auto stories = RunStory({a});
  const Claim* c = ClaimStarting(stories, "Kessler has sued");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->independent_origins, 1);
  EXPECT_EQ(c->origins.at(0).source, "a spokeswoman for the Munich court");
}

// A copy that names the outlet by the place its name opens with ("the Manila
// newspaper") passes on the outlet's one chain.
TEST(OriginRulesTest, OutletNamedByItsFirstWordIsItsChain) {
  const std::string text =
      "Three children in a vaccine trial were taken to hospital with plasma "
      "leakage after a second dose.";
  Article a =
      ArticleBuilder("a1", "Trial")
          .Site("Asia Wire")
          .Say(text + " The Manila Courier reported.")
          .From("Manila Courier", "a person with direct knowledge of the trial",
                true, "reported, citing", text)
          .Build();
  Article b = ArticleBuilder("b1", "Trial")
                  .Site("Pacific Daily")
                  .Say("According to the Manila newspaper, " + text)
                  .From("Manila", "", false, "According to", text)
                  .Build();
  SetKind(&a, 0, SourceKind::kOutlet);
  SetKind(&b, 0, SourceKind::kOutlet);
  const auto stories = RunStory({a, b});
  const Claim* c = ClaimStarting(stories, "Three children");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->articles.size(), 2u);
  EXPECT_EQ(c->independent_origins, 1);
}

TEST(OriginRulesTest, SurnameIsTheSameRootAsTheFullName) {
  Article a = ArticleBuilder("a1", "Rates to rise")
                  .Site("Bay News")
                  .Say(
                      "Finance Minister Clara Voss said the central bank "
                      "will raise interest rates in March.")
                  .From("Clara Voss")
                  .Build();
  Article b = ArticleBuilder("a2", "Rates")
                  .Site("Valen Daily")
                  .Say(
                      "The central bank will raise interest rates in March, "
                      "Voss said.")
                  .From("Voss")
                  .Build();
  const auto stories = RunStory({a, b});
  const Claim* c = ClaimStarting(stories, "The central bank");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->articles.size(), 2u);
  EXPECT_EQ(c->independent_origins, 1);
  // A different person with a different name is still another root.
  Article other = ArticleBuilder("a3", "Rates again")
                      .Site("Harbor Wire")
                      .Say(
                          "The central bank will raise interest rates in "
                          "March, economist Rui Moss said.")
                      .From("Rui Moss")
                      .Build();
  const auto three = RunStory({a, b, other});
  const Claim* d = ClaimStarting(three, "The central bank");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->independent_origins, 2);
}

TEST(OriginRulesTest, UnresolvedPronounIsNoRootBesideANamedOne) {
  // "He said" whose "he" the analysis could not resolve, beside "Clara
  // Voss said" in another article: one origin, Clara Voss, not two.
  const auto stories = RunStory(
      {RatesArticle("a1", "Bay News",
                    "Finance Minister Clara Voss said the central bank will "
                    "raise interest rates in March.")
           .From("Clara Voss")
           .Build(),
       RatesArticle("a2", "Valen Daily",
                    "He said the central bank will raise interest rates in "
                    "March.")
           .From("He")
           .Build()});
  const Claim* c = ClaimStarting(stories, "Finance Minister");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->articles.size(), 2u);
  EXPECT_EQ(c->independent_origins, 1);
  EXPECT_EQ(c->origins.at(0).source, "Clara Voss");
}

TEST(OriginRulesTest, RootQuotedDirectlyIsNamedByItsOwnName) {
  // "Clara Voss told the Coastal Herald" in one article, "Clara Voss said"
  // in another: one root, Clara Voss, named as herself, not as the outlet
  // that reached her.
  Article a = RatesArticle("a1", "Bay News",
                           "Finance Minister Clara Voss told the Coastal "
                           "Herald the central bank will raise interest "
                           "rates in March.")
                  .From("Coastal Herald", "Clara Voss", false, "told")
                  .Build();
  SetKind(&a, 0, SourceKind::kOutlet);
  const auto stories = RunStory(
      {a, RatesArticle("a2", "Valen Daily",
                       "The central bank will raise interest rates in March, "
                       "Clara Voss said.")
              .From("Clara Voss")
              .Build()});
  const Claim* c = ClaimStarting(stories, "The central bank");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->articles.size(), 2u);
  EXPECT_EQ(c->independent_origins, 1);
  EXPECT_EQ(c->origins.at(0).source, "Clara Voss");
  EXPECT_EQ(c->origins.at(0).via, "");
}

TEST(OriginRulesTest, DescriptionInTheNamedPartysSentenceIsThatParty) {
  // The analysis gave one sentence two sources, the name and its
  // description: one root.
  Article a = ArticleBuilder("a1", "Terminal")
                  .Site("Bay News")
                  .Say(
                      "The harbour master, Ola Berg, said the Port of Valen "
                      "will close its north terminal in June.")
                  .From("The harbour master")
                  .From("Ola Berg")
                  .Build();
  SetKind(&a, 0, SourceKind::kPerson);
  SetKind(&a, 1, SourceKind::kPerson);
  const auto stories = RunStory({a});
  const Claim* c = ClaimStarting(stories, "The harbour master");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->independent_origins, 1);
  EXPECT_EQ(c->origins.at(0).source, "Ola Berg");
  // In another article the description may be someone else: two roots.
  Article b = ArticleBuilder("a2", "Terminal")
                  .Site("Valen Daily")
                  .Say(
                      "The ferry operator said the Port of Valen will close "
                      "its north terminal in June.")
                  .From("The ferry operator")
                  .Build();
  SetKind(&b, 0, SourceKind::kPerson);
  Article named = ArticleBuilder("a3", "Terminal")
                      .Site("Harbor Wire")
                      .Say(
                          "The Port of Valen will close its north terminal "
                          "in June, Ola Berg said.")
                      .From("Ola Berg")
                      .Build();
  const auto two = RunStory({b, named});
  const Claim* d = ClaimStarting(two, "The ferry operator");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->independent_origins, 2);
}

TEST(OriginRulesTest, OutletReportAddedIsTheArticlesChainThroughIt) {
  Article a =
      ArticleBuilder("a1", "Valen terminal")
          .Site("Daily Post")
          .Say(
              "The Courier reported, citing two port officials, that Valen "
              "will close its north terminal in June.")
          .From("the Courier", "two port officials", true, "reported, citing",
                "Valen will close its north terminal in June")
          .Say(
              "The Courier report added that closing the Valen north "
              "terminal will cost about 300 dock jobs.")
          .From("the Courier", "", false, "added",
                "closing the Valen north terminal will cost about 300 dock "
                "jobs")
          .Build();
  SetKind(&a, 0, SourceKind::kOutlet);
  SetKind(&a, 1, SourceKind::kOutlet);
  Article b = ArticleBuilder("a2", "Jobs at risk")
                  .Site("Bay News")
                  .Say(
                      "Closing the Valen north terminal will cost about 300 "
                      "dock jobs.")
                  .Build();
  const auto stories = RunStory({a, b});
  const Claim* c = ClaimStarting(stories, "Closing the Valen");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->origins.size(), 1u);
  EXPECT_TRUE(c->origins[0].anonymous);
  EXPECT_EQ(c->origins[0].via, "two port officials");
}

TEST(OriginRulesTest, AnaphoricGroupMustFitTheChainsDescription) {
  Article a =
      ArticleBuilder("a1", "Valen terminal")
          .Say(
              "A ministry official told the Courier that Valen will close "
              "its north terminal in June.")
          .From("the Courier", "A ministry official", true, "told",
                "Valen will close its north terminal in June")
          .Say(
              "Critics say closing the north terminal in Valen will cost "
              "hundreds of jobs.")
          .From("Critics", "", true, "say")
          .Say(
              "The official said the north terminal in Valen will shut "
              "for good after the June closure.")
          .From("The official", "", true, "said")
          .Build();
  SetKind(&a, 0, SourceKind::kOutlet);
  const auto stories = RunStory({a});
  const Claim* critics = ClaimStarting(stories, "Critics");
  ASSERT_NE(critics, nullptr);
  ASSERT_EQ(critics->origins.size(), 1u);
  EXPECT_EQ(critics->origins[0].source, "Critics");  // not the Courier's
  const Claim* official = ClaimStarting(stories, "The official");
  ASSERT_NE(official, nullptr);
  ASSERT_EQ(official->origins.size(), 1u);
  EXPECT_EQ(official->origins[0].source, "the Courier");
}

TEST(OriginRulesTest, PartyThatReleasedImageryIsAnImageryRoot) {
  Article a = ArticleBuilder("a1", "Depot fire")
                  .Say(
                      "Orbis Imaging released satellite images on Friday "
                      "showing the burned fuel depot at Valen.")
                  .Say(
                      "The company assessed that the fire at the Valen fuel "
                      "depot was caused by arson.")
                  .From("Orbis Imaging", "", false, "assessed")
                  .Say(
                      "Port manager Ida Lund said the fire at the Valen fuel "
                      "depot was an accident.")
                  .From("Ida Lund")
                  .Build();
  SetKind(&a, 0, SourceKind::kOrganization);
  SetKind(&a, 1, SourceKind::kPerson);
  const auto stories = RunStory({a});
  const Claim* c = ClaimStarting(stories, "The company");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->origins.at(0).kind, "imagery");
  const Claim* d = ClaimStarting(stories, "Port manager");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->origins.at(0).kind, "person");
  // The source graph shows the firm as imagery, the manager as a person.
  const auto& nodes = stories.at(0).graph.nodes;
  auto kind_of = [&](const std::string& name) {
    for (const SourceNode& n : nodes)
      if (n.name == name) return n.kind;
    return std::string("none");
  };
  EXPECT_EQ(kind_of("Orbis Imaging"), "imagery");
  EXPECT_EQ(kind_of("Ida Lund"), "person");
}

TEST(OriginRulesTest, ReactionToTheReportAddsNoRoot) {
  Article scoop =
      ArticleBuilder("a1", "Valen terminal")
          .Site("Courier")
          .Say(
              "Valen will close its north terminal in June, two port "
              "officials told the Courier.")
          .From("Courier", "two port officials", true, "told",
                "Valen will close its north terminal in June")
          .Build();
  Article reaction =
      ArticleBuilder("a2", "Mayor reacts")
          .Site("Bay News")
          .Say(
              "Responding to the report that Valen will close its north "
              "terminal in June, Mayor Tor Lind said he was shocked.")
          .From("Tor Lind")
          .Build();
  const auto stories = RunStory({scoop, reaction});
  const Claim* c = ClaimStarting(stories, "Valen will close");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->articles.size(), 2u);
  EXPECT_EQ(c->independent_origins, 1);
  bool reaction_role = false;
  for (const ClaimAttribution& ca : c->attributions)
    reaction_role = reaction_role || ca.role == "reaction";
  EXPECT_TRUE(reaction_role);
}

TEST(OriginRulesTest, PeopleDescribedWithoutANameAreAnonymous) {
  // The attribution does not mark them unnamed; the description does.
  Article a = ArticleBuilder("a1", "Valen terminal")
                  .Site("Northern Post")
                  .Say(
                      "Valen will close its north terminal in June, two "
                      "senior port executives told the Northern Post.")
                  .From("two senior port executives", "", false, "told")
                  .Build();
  const auto stories = RunStory({a});
  const Claim* c = ClaimStarting(stories, "Valen will close");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->origins.size(), 1u);
  EXPECT_TRUE(c->origins[0].anonymous);
  EXPECT_EQ(c->verdict, "single_anonymous_source");
  // A description that is no person ("reports") is not an unnamed source.
  Article b = ArticleBuilder("b1", "Valen terminal")
                  .Say(
                      "Valen will close its north terminal in June, "
                      "according to local reports.")
                  .From("local reports", "", false, "according to")
                  .Build();
  const auto other = RunStory({b});
  const Claim* d = ClaimStarting(other, "Valen will close");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->origins.size(), 1u);
  EXPECT_FALSE(d->origins[0].anonymous);
}

TEST(OriginRulesTest, TimelineDatesTheStatementNotTheEventItReports) {
  Article a = ArticleBuilder("a1", "Valen terminal")
                  .Date("2025-08-06")  // a Wednesday
                  .Say(
                      "Port official Ida Lund said on Monday that the north "
                      "terminal in Valen will close in June.")
                  .From("Ida Lund", "", false, "said",
                        "the north terminal in Valen will close in June")
                  .Build();
  Article b = ArticleBuilder("a2", "Valen terminal to shut")
                  .Date("2025-08-07")
                  .Say(
                      "Harbour master Ola Berg said the north terminal in "
                      "Valen will close in June after the storm last week.")
                  .From("Ola Berg", "", false, "said",
                        "the north terminal in Valen will close in June after "
                        "the storm last week")
                  .Build();
  const auto stories = RunStory({a, b});
  const Claim* c = ClaimStarting(stories, "Port official");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->timeline.size(), 2u);
  EXPECT_EQ(c->timeline[0].date, "2025-08-04");  // "said on Monday"
  EXPECT_TRUE(c->timeline[0].date_inferred);
  // "last week" dates the storm: the statement is dated by its article.
  EXPECT_EQ(c->timeline[1].date, "2025-08-07");
  EXPECT_FALSE(c->timeline[1].date_inferred);
}

}  // namespace
}  // namespace corroborate
