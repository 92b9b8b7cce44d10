// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/claim_matcher.h"

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace corroborate::corroborate {
namespace {

using ::testing::Contains;
using ::testing::Not;

TEST(ParaphraseLexiconTest, CapitalsAndAdjectivesBecomeCountries) {
  ParaphraseLexicon lexicon;
  const auto terms =
      lexicon.Terms("Washington and the Kremlin backed the Brazilian plan.");
  EXPECT_THAT(terms, Contains("#c:us"));
  EXPECT_THAT(terms, Contains("#c:russia"));
  EXPECT_THAT(terms, Contains("#c:brazil"));
  // "us" the pronoun is not the country.
  EXPECT_THAT(lexicon.Terms("They told us nothing about it."),
              Not(Contains("#c:us")));
  EXPECT_THAT(lexicon.Terms("The U.S. said nothing."), Contains("#c:us"));
}

TEST(ParaphraseLexiconTest, ConceptGroupsFollowInflections) {
  ParaphraseLexicon lexicon;
  for (const char* text :
       {"gave the green light", "granted permission", "won approval",
        "agreed to let them", "allowed them", "authorised the plan"}) {
    EXPECT_THAT(lexicon.Terms(text), Contains("#permit")) << text;
  }
  EXPECT_THAT(lexicon.Terms("jets bombed the bridge"), Contains("#attack"));
  EXPECT_THAT(lexicon.Terms("an air strike on the bridge"),
              Contains("#attack"));
  EXPECT_THAT(lexicon.Terms("the bridge was repainted"),
              Not(Contains("#attack")));
}

TEST(ParaphraseLexiconTest, NegatedConceptsAreMarkedAndNumbersAreFacts) {
  ParaphraseLexicon lexicon;
  const auto refused = lexicon.Terms("The council would not allow the march.");
  EXPECT_THAT(refused, Contains("!#permit"));
  EXPECT_THAT(refused, Not(Contains("#permit")));
  EXPECT_THAT(lexicon.Terms("The council allowed the march."),
              Contains("#permit"));
  // Three words away the negation no longer reaches.
  EXPECT_THAT(lexicon.Terms("Not long after the vote, the council allowed it."),
              Contains("#permit"));
  const auto dated =
      lexicon.Terms("The ferry sank on May 3 with 41 people aboard.");
  EXPECT_THAT(dated, Contains("#may"));
  EXPECT_THAT(dated, Contains("#3"));
  EXPECT_THAT(dated, Contains("#41"));
}

// One story: two claims share their main actors (Finland, the dam, the
// river); they differ by who permitted what.
std::vector<std::string> DamStory() {
  return {
      // 0-2: Norway and Sweden let Finland build the dam.
      "Norway and Sweden agreed to let Finland build a dam on the Tana river.",
      "Finland received a green light from Oslo and Stockholm to dam the Tana.",
      "The Norwegian and Swedish governments gave Finland permission for the "
      "Tana dam.",
      // 3-5: Finland started building it.
      "Finland began building a dam on the Tana river last month.",
      "Construction of the Finnish dam on the Tana started in March.",
      "Finnish crews started construction work at the Tana dam site.",
      // 6: unrelated.
      "Heavy snow closed mountain roads across Finland on Sunday.",
  };
}

TEST(ClaimMatcherTest, ParaphrasesJoinAndSharedActorsDoNotMergeClaims) {
  ParaphraseLexicon lexicon;
  const std::vector<int> article = {0, 1, 2, 0, 1, 2, 1};
  const ClaimMatcher matcher(DamStory(), article, &lexicon);
  auto group_of = [&](const std::vector<ClaimMatcher::Group>& groups, int s) {
    for (size_t g = 0; g < groups.size(); ++g) {
      if (std::count(groups[g].core.begin(), groups[g].core.end(), s))
        return static_cast<int>(g);
    }
    return -1;
  };
  const auto groups = matcher.Cluster(0.3);
  EXPECT_EQ(group_of(groups, 0), group_of(groups, 1));
  EXPECT_EQ(group_of(groups, 0), group_of(groups, 2));
  EXPECT_EQ(group_of(groups, 3), group_of(groups, 4));
  EXPECT_EQ(group_of(groups, 3), group_of(groups, 5));
  EXPECT_NE(group_of(groups, 0), group_of(groups, 3));
  EXPECT_NE(group_of(groups, 6), group_of(groups, 0));
  EXPECT_NE(group_of(groups, 6), group_of(groups, 3));
  EXPECT_GT(matcher.Similarity(0, 2), matcher.Similarity(0, 3));
}

TEST(ClaimMatcherTest, SentenceAssertingTwoClaimsSupportsBoth) {
  ParaphraseLexicon lexicon;
  std::vector<std::string> story = DamStory();
  story.push_back(
      "Finland began building the Tana dam with permission from Norway and "
      "Sweden.");
  const std::vector<int> article = {0, 1, 2, 0, 1, 2, 1, 3};
  const ClaimMatcher matcher(story, article, &lexicon);
  int containing = 0;
  for (const auto& group : matcher.Cluster(0.3)) {
    const bool permit = std::count(group.core.begin(), group.core.end(), 0) > 0;
    const bool build = std::count(group.core.begin(), group.core.end(), 3) > 0;
    const bool has =
        std::count(group.members.begin(), group.members.end(), 7) > 0;
    if (permit || build) containing += has;
    if (!permit && !build) {
      EXPECT_FALSE(has && group.core.size() > 1);
    }
  }
  EXPECT_EQ(containing, 2);
}

// One act told three ways by three articles, an explosion report without
// an agent, a permission that is not the act, and an assessment that the
// blast was an airstrike.
std::vector<std::string> RaidStory() {
  return {
      "Egypt has already carried out three strikes in Libya.",
      "Egypt was behind several raids that hit militia camps in Libya with "
      "ties to Sudan, including one near Tobruk on May 2.",
      "An inquiry found that a strike on the Jufra camp in Libya had been "
      "carried out by an Egyptian drone.",
      "An explosion hit a fuel depot near Tobruk on Monday.",
      "A large explosion hit the Tobruk fuel depot on Monday.",
      "Greece and France agreed to let Egypt strike militia camps in Libya.",
      "The firm assessed that the blast was caused by an airstrike.",
  };
}

TEST(ClaimMatcherTest, DifferentlyWordedStatementsOfOneActJoin) {
  ParaphraseLexicon lexicon;
  const std::vector<int> article = {0, 1, 2, 0, 1, 2, 1};
  const ClaimMatcher matcher(RaidStory(), article, &lexicon);
  const auto groups = matcher.Cluster(0.3);
  const ClaimMatcher::Group* act = nullptr;
  const ClaimMatcher::Group* blast = nullptr;
  for (const auto& g : groups) {
    if (std::count(g.core.begin(), g.core.end(), 0)) act = &g;
    if (std::count(g.core.begin(), g.core.end(), 3)) blast = &g;
  }
  ASSERT_NE(act, nullptr);
  ASSERT_NE(blast, nullptr);
  auto has = [](const ClaimMatcher::Group* g, int s) {
    return std::count(g->members.begin(), g->members.end(), s) > 0;
  };
  // "carried out strikes", "was behind raids", "carried out by a drone".
  EXPECT_TRUE(has(act, 1));
  EXPECT_TRUE(has(act, 2));
  // The explosion reports name no one: their own claim.
  EXPECT_NE(act, blast);
  EXPECT_TRUE(has(blast, 4));
  EXPECT_FALSE(has(act, 3));
  // Permission to strike is not the strike.
  EXPECT_FALSE(has(act, 5));
  // The airstrike assessment supports the act its article reports.
  EXPECT_TRUE(has(act, 6));
  EXPECT_FALSE(has(blast, 6));
}

}  // namespace
}  // namespace corroborate::corroborate
