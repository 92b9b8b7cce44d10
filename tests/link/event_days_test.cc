// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/event_days.h"

#include <vector>

#include <gtest/gtest.h>

#include "link/article_builder.h"
#include "link/event_terms.h"

namespace corroborate {
namespace {

using testing::ArticleBuilder;

// 2025-03-06 is a Thursday.
const long kThursday = link::DayNumber("2025-03-06");

TEST(EventDaysTest, RelativeWordsResolveAgainstThePublicationDay) {
  EXPECT_EQ(link::ReferencedDays("The ferry ran aground yesterday.", kThursday),
            std::vector<long>{kThursday - 1});
  EXPECT_EQ(link::ReferencedDays("Crews worked through last night.", kThursday),
            std::vector<long>{kThursday - 1});
  EXPECT_EQ(link::ReferencedDays("The vote is tonight.", kThursday),
            std::vector<long>{kThursday});
}

TEST(EventDaysTest, WeekdaysAreTheLatestOnOrBeforePublication) {
  // Monday of the same week, and Thursday itself (a same-day report).
  EXPECT_EQ(link::ReferencedDays("The mill closed on Monday.", kThursday),
            std::vector<long>{kThursday - 3});
  EXPECT_EQ(link::ReferencedDays("Thursday's hearing was short.", kThursday),
            std::vector<long>{kThursday});
  // Friday is last week's Friday.
  EXPECT_EQ(link::ReferencedDays("Talks began Friday night.", kThursday),
            std::vector<long>{kThursday - 6});
}

TEST(EventDaysTest, CalendarDatesTakeThePublicationYear) {
  EXPECT_EQ(link::ReferencedDays(
                "The auction ends on Sept. 14, officials said.", kThursday),
            std::vector<long>{link::DayNumber("2025-09-14")});
  EXPECT_EQ(link::ReferencedDays("Results are due March 2.", kThursday),
            std::vector<long>{link::DayNumber("2025-03-02")});
}

TEST(EventDaysTest, WordsThatOnlyLookLikeDatesAreIgnored) {
  // "may" the verb, a month without a day, a day number too large, and a
  // sentence without a time word.
  EXPECT_TRUE(
      link::ReferencedDays("The council may act in April.", kThursday).empty());
  EXPECT_TRUE(
      link::ReferencedDays("Orders for June 40 units", kThursday).empty());
  EXPECT_TRUE(link::ReferencedDays("No date here at all.", kThursday).empty());
  // Undated articles resolve nothing.
  EXPECT_TRUE(link::ReferencedDays("It happened yesterday.", -1).empty());
}

TEST(EventDaysTest, TheLeadSkipsATitleRepeatAndStopsAfterTwoParagraphs) {
  const Article article =
      ArticleBuilder("dam", "Dam gates opened as river rises")
          .Date("2025-03-06")
          .Say("Dam gates opened as river rises.")
          .Say("Engineers opened the sluices on Tuesday.")
          .Say("The river had risen since yesterday.")
          .Say("A similar flood hit the valley on Sunday.")
          .Build();
  EXPECT_EQ(link::LeadEventDays(article),
            (std::vector<long>{kThursday - 2, kThursday - 1}));
  Article undated = article;
  undated.date.clear();
  EXPECT_TRUE(link::LeadEventDays(undated).empty());
}

}  // namespace
}  // namespace corroborate
