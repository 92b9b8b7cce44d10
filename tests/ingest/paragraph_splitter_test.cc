// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/paragraph_splitter.h"

#include <gtest/gtest.h>

namespace corroborate::ingest {
namespace {

TEST(ParagraphSplitter, SplitsOnBlankLines) {
  std::vector<std::string> lines = {"The harbour reopened on Monday.", "",
                                    "Ferries resumed their routes.", "  ",
                                    "Fares stay the same."};
  std::vector<Paragraph> paragraphs = SplitParagraphs(lines, 3);
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[0].text, "The harbour reopened on Monday.");
  EXPECT_EQ(paragraphs[0].first_line, 3);
  EXPECT_EQ(paragraphs[1].first_line, 5);
  EXPECT_EQ(paragraphs[2].first_line, 7);
  EXPECT_EQ(paragraphs[2].last_line, 7);
}

TEST(ParagraphSplitter, TreatsNbspOnlyLineAsBlank) {
  std::vector<std::string> lines = {"Snow closed the pass.", "\xC2\xA0",
                                    "Drivers waited."};
  std::vector<Paragraph> paragraphs = SplitParagraphs(lines, 1);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[1].first_line, 3);
}

TEST(ParagraphSplitter, KeepsConsecutiveUnwrappedLinesApart) {
  std::vector<std::string> lines = {
      "Workers repair a flooded rail line outside the town of Elmsford on a "
      "grey morning in "
      "early spring, 2021 (photo credit: JANE DOE / AGENCY)",
      "(photo credit: JANE DOE / AGENCY)",
      "Rail services between the two cities were suspended for a week after "
      "the storm, and "
      "the operator said repairs would cost millions."};
  std::vector<Paragraph> paragraphs = SplitParagraphs(lines, 5);
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[1].first_line, 6);
  EXPECT_EQ(paragraphs[1].text, "(photo credit: JANE DOE / AGENCY)");
}

TEST(ParagraphSplitter, JoinsHardWrappedLines) {
  std::vector<std::string> lines = {
      "The city council voted on Tuesday to expand the network of",
      "bicycle lanes along the river, despite objections from several",
      "shop owners who feared the loss of parking spaces.", "",
      "A second vote is expected next month."};
  std::vector<Paragraph> paragraphs = SplitParagraphs(lines, 1);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[0].first_line, 1);
  EXPECT_EQ(paragraphs[0].last_line, 3);
  EXPECT_EQ(paragraphs[0].text,
            "The city council voted on Tuesday to expand the network of "
            "bicycle lanes along "
            "the river, despite objections from several shop owners who feared "
            "the loss of "
            "parking spaces.");
}

TEST(ParagraphSplitter, EndsWrappedParagraphAtShortSentenceEnd) {
  std::vector<std::string> lines = {
      "Farmers in the valley began harvesting grapes two weeks early",
      "this year because of the heat.",
      "Growers said the yield was smaller than usual but of good",
      "quality, and prices at the cooperative rose accordingly."};
  std::vector<Paragraph> paragraphs = SplitParagraphs(lines, 1);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[0].last_line, 2);
  EXPECT_EQ(paragraphs[1].first_line, 3);
  EXPECT_EQ(paragraphs[1].last_line, 4);
}

TEST(ParagraphSplitter, KeepsListOfHeadlinesApart) {
  std::vector<std::string> lines = {
      "Markets rally as central bank holds rates steady",
      "Storm season forecast raised for the Atlantic coast",
      "Museum returns looted bronze statues to their owners"};
  EXPECT_EQ(SplitParagraphs(lines, 1).size(), 3u);
}

TEST(ParagraphSplitter, SplitsLinesAtCrLfAndCr) {
  std::vector<std::string> lines = SplitLines("one\r\ntwo\rthree\nfour");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[1], "two");
  EXPECT_EQ(lines[3], "four");
}

}  // namespace
}  // namespace corroborate::ingest
