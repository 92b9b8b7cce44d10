// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "entities/date_finder.h"

#include <gtest/gtest.h>

namespace corroborate::entities {
namespace {

Article Make(std::string date, std::vector<std::string> paragraphs) {
  Article a;
  a.date = std::move(date);
  for (std::string& p : paragraphs) a.paragraphs.push_back({.text = p});
  return a;
}

const DateMention* WithText(const std::vector<DateMention>& dates,
                            const std::string& text) {
  for (const DateMention& d : dates) {
    if (d.text == text) return &d;
  }
  return nullptr;
}

TEST(FindDates, AbsoluteDatesInEnglishAndSpanish) {
  std::vector<DateMention> dates = FindDates(
      Make("2021-03-12", {"The dam failed on Feb. 3, 2020 and again in "
                          "September 9 2020.",
                          "El informe del 4 de enero de 2021 lo confirma."}));
  ASSERT_NE(WithText(dates, "Feb. 3, 2020"), nullptr);
  EXPECT_EQ(WithText(dates, "Feb. 3, 2020")->date, "2020-02-03");
  EXPECT_FALSE(WithText(dates, "Feb. 3, 2020")->inferred);
  ASSERT_NE(WithText(dates, "September 9 2020"), nullptr);
  ASSERT_NE(WithText(dates, "4 de enero de 2021"), nullptr);
  EXPECT_EQ(WithText(dates, "4 de enero de 2021")->date, "2021-01-04");
}

TEST(FindDates, YearlessDatesTakeTheArticleYearOrThePreviousOne) {
  std::vector<DateMention> dates = FindDates(
      Make("2021-01-05", {"Talks began on January 2 after a pause since "
                          "December 28."}));
  EXPECT_EQ(WithText(dates, "January 2")->date, "2021-01-02");
  EXPECT_EQ(WithText(dates, "December 28")->date, "2020-12-28");
  EXPECT_TRUE(WithText(dates, "December 28")->inferred);
}

TEST(FindDates, RelativeDatesAnchoredToPublication) {
  // 2021-03-12 is a Friday.
  std::vector<DateMention> dates = FindDates(Make(
      "2021-03-12", {"The ministry said on Tuesday that prices rose last "
                     "week, and earlier this week it cut rates. Yesterday it "
                     "paused."}));
  EXPECT_EQ(WithText(dates, "on Tuesday")->date, "2021-03-09");
  EXPECT_EQ(WithText(dates, "last week")->date, "2021-03-05");
  EXPECT_EQ(WithText(dates, "earlier this week")->date, "2021-03-08");
  EXPECT_EQ(WithText(dates, "Yesterday")->date, "2021-03-11");
  EXPECT_TRUE(WithText(dates, "on Tuesday")->inferred);
}

TEST(FindDates, PhotoCaptionDatesKeptApart) {
  Article a = Make("2021-03-12", {"Crews repaired the line on Monday.",
                                  "Workers inspect a pylon, March 1, 2021."});
  a.paragraphs[1].reason = BoilerplateReason::kPhotoCaption;
  std::vector<DateMention> dates = FindDates(a);
  EXPECT_EQ(WithText(dates, "on Monday")->kind, DateKind::kEvent);
  EXPECT_EQ(WithText(dates, "March 1, 2021")->kind, DateKind::kPhotoCaption);
  EXPECT_EQ(dates[0].kind, DateKind::kPublication);
  EXPECT_EQ(dates[0].anchor, "metadata");
}

TEST(FindDates, DatelineWhenNoMetadataAndNoAnchorOtherwise) {
  std::vector<DateMention> dated =
      FindDates(Make("", {"Published 14 June 2022", "The vote is on Friday."}));
  EXPECT_EQ(dated[0].kind, DateKind::kPublication);
  EXPECT_EQ(dated[0].date, "2022-06-14");
  EXPECT_EQ(WithText(dated, "on Friday")->date, "2022-06-10");
  std::vector<DateMention> undated =
      FindDates(Make("", {"The vote was on Friday, officials said."}));
  ASSERT_EQ(undated.size(), 1u);
  EXPECT_EQ(undated[0].date, "");
}

TEST(FindDates, PhotoCaptionDateIsNoDateline) {
  Article a = Make("", {"Divers search the harbour on March 7, 2025. Photo: "
                        "Anna Berg",
                        "The ferry sank on Tuesday, officials said."});
  a.paragraphs[0].reason = BoilerplateReason::kPhotoCaption;
  std::vector<DateMention> dates = FindDates(a);
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0].kind, DateKind::kPhotoCaption);
  EXPECT_EQ(dates[0].date, "2025-03-07");
  EXPECT_EQ(dates[1].date, "");  // no publication date to anchor "Tuesday"
}

TEST(FindDates, NoFalseDates) {
  EXPECT_TRUE(FindDates(Make("", {"He may 5 times try; March forward, "
                                  "said the 3 soldiers."}))
                  .empty());
}

}  // namespace
}  // namespace corroborate::entities
