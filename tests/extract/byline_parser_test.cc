// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/byline_parser.h"

#include <gtest/gtest.h>

namespace corroborate::extract {
namespace {

using Names = std::vector<std::string>;

TEST(BylineParser, ParsesSimpleByline) {
  EXPECT_EQ(ParseByline("By Jane Doe"), "Jane Doe");
  EXPECT_EQ(ParseByline("By Harbour Times Staff"), "Harbour Times Staff");
}

TEST(BylineParser, DropsTitleAfterComma) {
  EXPECT_EQ(ParseByline("By MARIA GARCIA, Staff Writer"), "MARIA GARCIA");
  EXPECT_EQ(ParseByline("By Omar al-Rashid | Valley Post"), "Omar al-Rashid");
}

TEST(BylineParser, ParsesSeveralAuthors) {
  EXPECT_EQ(ParseByline("Written by Lee Park and Ana de la Cruz"),
            "Lee Park and Ana de la Cruz");
}

TEST(BylineParser, ParsesReportedBy) {
  EXPECT_EQ(ParseByline("Reported by Ines Carvalho"), "Ines Carvalho");
}

TEST(BylineParser, ParsesStaffCreditsAndNamesBeforeADeskTitle) {
  EXPECT_EQ(ParseByline("Staff Reporter"), "Staff Reporter");
  EXPECT_EQ(ParseByline("Our Special Correspondent"),
            "Our Special Correspondent");
  EXPECT_EQ(ParseByline("Ana Lima | Health Correspondent"), "Ana Lima");
  EXPECT_EQ(ParseByline("Ana Lima and Tom Berg \xE2\x80\x94 Senior Writers"),
            "Ana Lima and Tom Berg");
  // A sentence with a bar is no byline; a reporter in a sentence neither.
  EXPECT_EQ(ParseByline("Prices rose | the market reporter said"),
            std::nullopt);
  EXPECT_EQ(ParseByline("The staff reporter was detained in Lima."),
            std::nullopt);
}

TEST(BylineParser, RejectsSentencesStartingWithBy) {
  EXPECT_EQ(ParseByline("By Tuesday, the river had risen two metres."),
            std::nullopt);
  EXPECT_EQ(ParseByline("By the end of the war, the city lay in ruins."),
            std::nullopt);
  EXPECT_EQ(ParseByline("Byron Bay reopened its beaches."), std::nullopt);
}

TEST(ContributorParser, ParsesContributedToThisReport) {
  EXPECT_EQ(
      ParseContributorLine("Jane Doe and John Roe contributed to this report."),
      (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(ParseContributorLine(
                "Lee Park, Sam Ito and Ana Ruiz contributed to this story."),
            (Names{"Lee Park", "Sam Ito", "Ana Ruiz"}));
}

TEST(ContributorParser, ParsesWireCredits) {
  EXPECT_EQ(ParseContributorLine(
                "Reporting by Ana Ruiz in Lima; Editing by Tom Hale"),
            (Names{"Ana Ruiz", "Tom Hale"}));
  EXPECT_EQ(ParseContributorLine("(Additional reporting by Lee Park)"),
            (Names{"Lee Park"}));
}

TEST(ContributorParser, ParsesContributedReporting) {
  EXPECT_EQ(ParseContributorLine("Mina Sato contributed reporting from Osaka."),
            (Names{"Mina Sato"}));
  EXPECT_EQ(ParseContributorLine("Edited by Paul Grant"),
            (Names{"Paul Grant"}));
}

TEST(ContributorParser, RejectsOrdinarySentences) {
  EXPECT_EQ(ParseContributorLine("the drought contributed reporting delays."),
            std::nullopt);
  EXPECT_EQ(
      ParseContributorLine("Research by the university shows a slow recovery."),
      std::nullopt);
  EXPECT_EQ(ParseContributorLine(
                "Rising costs contributed to the story of decline in town."),
            std::nullopt);
  EXPECT_EQ(
      ParseContributorLine("Reporting by the numbers shows a slow recovery."),
      std::nullopt);
  EXPECT_EQ(ParseContributorLine("The heavy rain contributed to the flooding."),
            std::nullopt);
}

}  // namespace
}  // namespace corroborate::extract
