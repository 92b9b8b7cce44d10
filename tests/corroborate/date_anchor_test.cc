// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/date_anchor.h"

#include <gtest/gtest.h>

namespace corroborate::corroborate {
namespace {

TEST(DateAnchor, WeekdayIsTheLastSuchDayBeforeTheArticle) {
  // 2024-03-07 is a Thursday; "on Tuesday" is 2024-03-05.
  const AnchoredDate d = AnchorDate(
      "The council voted on Tuesday to close the pool.", "2024-03-07");
  EXPECT_EQ(d.date, "2024-03-05");
  EXPECT_TRUE(d.inferred);
  EXPECT_NE(d.note.find("tuesday"), std::string::npos);
}

TEST(DateAnchor, LastWeekAndYesterday) {
  EXPECT_EQ(AnchorDate("Talks collapsed last week.", "2024-03-07").date,
            "2024-02-29");
  EXPECT_EQ(AnchorDate("The plant shut yesterday.", "2024-03-01").date,
            "2024-02-29");
}

TEST(DateAnchor, NoReferenceKeepsTheArticleDate) {
  const AnchoredDate d =
      AnchorDate("The bridge reopened.", "2024-03-07T10:00Z");
  EXPECT_EQ(d.date, "2024-03-07");
  EXPECT_FALSE(d.inferred);
}

TEST(DateAnchor, WordsContainingADayNameAreNoReference) {
  EXPECT_FALSE(
      AnchorDate("Sundays are quiet in Mondayville.", "2024-03-07").inferred);
}

TEST(DateAnchor, UndatedArticleSaysSo) {
  const AnchoredDate d = AnchorDate("It happened on Friday.", "");
  EXPECT_EQ(d.date, "");
  EXPECT_FALSE(d.inferred);
  EXPECT_EQ(d.note, "the article has no date");
}

}  // namespace
}  // namespace corroborate::corroborate
