// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/event_frame.h"

#include <gtest/gtest.h>

namespace corroborate::corroborate {
namespace {

class EventFrameTest : public ::testing::Test {
 protected:
  EventFrame Frame(const char* text) { return FrameOf(text, &lexicon_); }
  std::set<std::string> Agent(const char* text) { return Frame(text).agent; }
  ParaphraseLexicon lexicon_;
};

const std::set<std::string> kEgypt = {"#c:egypt"};

TEST_F(EventFrameTest, ActiveAgentWithAuxiliariesAndLightVerbs) {
  EXPECT_EQ(Agent("Egypt has already carried out three strikes in Libya."),
            kEgypt);
  EXPECT_EQ(Agent("Egypt bombed militia camps near the Libyan border."),
            kEgypt);
  EXPECT_EQ(Agent("Egypt has been launching raids on smugglers in Libya."),
            kEgypt);
  EXPECT_EQ(Agent("Egypt was behind two raids that hit camps in Libya."),
            kEgypt);
  EXPECT_EQ(Frame("Egypt bombed camps in Libya.").predicate, "#attack");
}

TEST_F(EventFrameTest, PassiveAndAdjectiveAgents) {
  EXPECT_EQ(Agent("The raid on a depot near Tobruk had been carried out by "
                  "an Egyptian drone."),
            kEgypt);
  EXPECT_EQ(Agent("Dozens of airstrikes were conducted by Egypt last year."),
            kEgypt);
  EXPECT_EQ(Agent("An Egyptian airstrike destroyed a fuel depot in Libya."),
            kEgypt);
  EXPECT_EQ(Agent("The first attack on the port was attributed to Egypt."),
            kEgypt);
}

TEST_F(EventFrameTest, ActsNotStatedAsDoneHaveNoFrame) {
  // Permitted, possible, denied, future: not done.
  EXPECT_TRUE(Frame("Greece and France agreed to let Egypt strike targets "
                    "in Libya.")
                  .predicate.empty());
  EXPECT_TRUE(Frame("The deal allows Egypt to attack camps in Libya.")
                  .predicate.empty());
  EXPECT_TRUE(Frame("Egypt could strike Libya within days.").predicate.empty());
  EXPECT_TRUE(
      Frame("Egypt did not carry out the raid in Libya.").predicate.empty());
  EXPECT_TRUE(Frame("Officials said Egyptian strikes on Libya are imminent.")
                  .predicate.empty());
  // A place is not an agent; an explosion has none.
  EXPECT_TRUE(Frame("One strike in Libya hit a fuel depot near Tobruk.")
                  .predicate.empty());
  EXPECT_TRUE(Frame("An explosion hit a fuel depot near Tobruk on Monday.")
                  .predicate.empty());
  // "Egyptian targets" are what was attacked, not who attacked.
  EXPECT_TRUE(Frame("Rebels fired on Egyptian targets near the border.")
                  .agent.count("#c:egypt") == 0);
}

TEST_F(EventFrameTest, ExplosionCausedByAnActIsACause) {
  EXPECT_TRUE(Frame("The firm assessed that the blast was caused by an "
                    "airstrike.")
                  .cause);
  EXPECT_TRUE(
      Frame("The explosion at the depot was the result of a drone attack.")
          .cause);
  EXPECT_FALSE(
      Frame("The blast was caused by faulty wiring in the depot.").cause);
  EXPECT_FALSE(Frame("An explosion hit a fuel depot near Tobruk.").cause);
}

TEST_F(EventFrameTest, SameEventNeedsAgentActAndAPlace) {
  const EventFrame a = Frame("Egypt has carried out strikes in Libya.");
  EXPECT_TRUE(SameEvent(
      a, Frame("Egypt was behind a raid that hit a camp near Benghazi in "
               "Libya.")));
  EXPECT_TRUE(SameEvent(
      a, Frame("A strike on a camp in Libya had been carried out by an "
               "Egyptian drone.")));
  EXPECT_FALSE(SameEvent(a, Frame("Egypt has carried out strikes in Sudan.")));
  EXPECT_FALSE(SameEvent(a, Frame("Sudan has carried out strikes in Libya.")));
  EXPECT_FALSE(SameEvent(a, Frame("An explosion hit a depot in Libya.")));
}

}  // namespace
}  // namespace corroborate::corroborate
