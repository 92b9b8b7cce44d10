// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/claim_core.h"

#include <gtest/gtest.h>

#include "corroborate/claim_matcher.h"

namespace corroborate::corroborate {
namespace {

class ClaimCoreTest : public ::testing::Test {
 protected:
  // Whether `a` and `b` share a core, with names taken from both.
  bool Same(const std::string& a, const std::string& b) {
    const std::set<std::string> names = NameStems({a, b}, &lexicon_);
    return SameCore(CoreOf(a, names, &lexicon_), CoreOf(b, names, &lexicon_));
  }
  ParaphraseLexicon lexicon_;
};

TEST_F(ClaimCoreTest, ModalityOfHedgesAndUnknowns) {
  EXPECT_EQ(ModalityOf("The storm flooded the lower town."),
            Modality::kAssertion);
  EXPECT_EQ(ModalityOf("The storm may have flooded the lower town."),
            Modality::kHedge);
  EXPECT_EQ(ModalityOf("Engineers suggested the dam could be at fault."),
            Modality::kHedge);
  EXPECT_EQ(ModalityOf("It is not clear if the dam failed."),
            Modality::kUnknown);
  EXPECT_EQ(ModalityOf("Officials said they did not know who opened it."),
            Modality::kUnknown);
  // "May" the month and "could" of permission are no hedges; a condition
  // reacts to the claim and stays an assertion.
  EXPECT_EQ(ModalityOf("The dam opened on May 4 in Lisbon."),
            Modality::kAssertion);
  EXPECT_EQ(ModalityOf("The council agreed that the firm could drill."),
            Modality::kAssertion);
  EXPECT_EQ(ModalityOf("If the report is true, the mine would close."),
            Modality::kAssertion);
}

TEST_F(ClaimCoreTest, ParaphrasesOfOneClaimShareTheCore) {
  const std::string a =
      "Portugal and Spain agreed to let Morocco drill for gas off Tangier.";
  EXPECT_TRUE(Same(a,
                   "Morocco received the green light from Lisbon and Madrid "
                   "to drill near Tangier."));
  EXPECT_TRUE(Same(a,
                   "Morocco is drilling off Tangier with permission from "
                   "Portugal and Spain."));
}

TEST_F(ClaimCoreTest, UnknownCauseDoesNotMatchAssertedCause) {
  EXPECT_FALSE(Same("It is not clear if the fire at the Oslo depot was arson.",
                    "Police concluded that the fire at the Oslo depot was "
                    "arson."));
  EXPECT_TRUE(
      Same("Police concluded that the fire at the Oslo depot was "
           "arson.",
           "The blaze at the Oslo depot was arson, police concluded."));
}

TEST_F(ClaimCoreTest, HedgeDoesNotMatchAssertionOrNotKnowing) {
  const std::string hedge =
      "The minister hinted that Chile may be behind the raid on the Arica "
      "port.";
  EXPECT_FALSE(Same(hedge, "Chile carried out the raid on the Arica port."));
  EXPECT_FALSE(Same(hedge,
                    "The mayor said they did not know who was behind the raid "
                    "on the Arica port."));
}

TEST_F(ClaimCoreTest, OneSharedArgumentIsNotEnough) {
  // Same event, only the instrument in common: not the same attack.
  EXPECT_FALSE(Same("That raid was blamed on a drone carrying grenades.",
                    "A raid on the Kherson barracks last month was carried "
                    "out by a Polish drone, an inquiry found."));
  // Same actors, different events ("first strike ever" vs "hundreds").
  EXPECT_FALSE(Same("It was the first attack on Chilean soil blamed on Peru.",
                    "In March the Peruvian army chief admitted for the first "
                    "time to hundreds of raids in Bolivia."));
}

TEST_F(ClaimCoreTest, DifferentPredicateOrNegationDoesNotMatch) {
  EXPECT_FALSE(Same("Kenya arrested the Tanzanian envoy in Nairobi.",
                    "Kenya expelled the Tanzanian envoy from Nairobi."));
  EXPECT_FALSE(Same("Kenya has confirmed the raids near the Tanzanian border.",
                    "Kenya has not confirmed the raids near the Tanzanian "
                    "border."));
  EXPECT_FALSE(Same("Neither Ghana nor Togo attacked the border post.",
                    "Ghana attacked the Togo border post."));
}

TEST_F(ClaimCoreTest, CommonNounsCountWhenNamesAreFew) {
  // One name and several shared nouns: the same event.
  EXPECT_TRUE(Same("A cargo barge sank near the canal locks on Friday.",
                   "On Friday a barge carrying cargo sank by the canal "
                   "locks."));
  // No names at all: identical wording still matches.
  EXPECT_TRUE(Same("Sales of winter tyres had fallen for two seasons.",
                   "Sales of winter tyres had fallen for two seasons."));
}

TEST_F(ClaimCoreTest, FirstWordIsANameWhenWrittenAsOneElsewhere) {
  // "Varna" opens the second sentence; the first writes it as a name.
  EXPECT_TRUE(Same("The port of Varna, run by Ilse Dorn, plans to close.",
                   "Varna port chief Ilse Dorn plans to close it."));
}

TEST(ClaimMatcherCoreTest, ConsequenceSentenceDoesNotJoinTheDealClaim) {
  // The third sentence names the deal ("purchase") but none of its parties.
  const std::vector<std::string> story = {
      "Larch Mills will buy the paper maker Odda Board for 300 million "
      "crowns, two bankers said.",
      "Larch Mills confirmed on Monday that it will buy the paper maker Odda "
      "Board for 300 million crowns.",
      "The purchase will double the group's packaging output, its chief "
      "executive said.",
  };
  ParaphraseLexicon lexicon;
  const ClaimMatcher matcher(story, {0, 1, 1}, &lexicon);
  EXPECT_GT(matcher.Similarity(0, 1), 0.3);
  EXPECT_EQ(matcher.Similarity(0, 2), 0);
  EXPECT_EQ(matcher.Similarity(1, 2), 0);
  for (const auto& group : matcher.Cluster(0.3)) {
    const bool deal = std::count(group.members.begin(), group.members.end(), 0);
    const bool purchase =
        std::count(group.members.begin(), group.members.end(), 2);
    EXPECT_FALSE(deal && purchase);
  }
}

}  // namespace
}  // namespace corroborate::corroborate
