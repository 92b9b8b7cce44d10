// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/html/boilerplate_filter.h"

#include <gtest/gtest.h>

namespace corroborate::extract_html {
namespace {

using Reason = BoilerplateReason;

TEST(StockLineReasonTest, FlagsFurniture) {
  EXPECT_EQ(StockLineReason("Advertisement"), Reason::kNavigation);
  EXPECT_EQ(StockLineReason("Share this article"), Reason::kNavigation);
  EXPECT_EQ(StockLineReason("Sign up for our weekly newsletter"),
            Reason::kNavigation);
  EXPECT_EQ(StockLineReason("\xC2\xA9 2022 Valley Press Group"),
            Reason::kNavigation);
  EXPECT_EQ(StockLineReason("READ MORE: Council approves new bike lanes"),
            Reason::kRelatedLink);
  EXPECT_EQ(StockLineReason("Photo: Lena Fischer"), Reason::kPhotoCredit);
  EXPECT_EQ(StockLineReason("Omar Haddad/Getty Images"), Reason::kPhotoCredit);
  EXPECT_EQ(StockLineReason("Follow the county desk on Instagram and TikTok."),
            Reason::kNavigation);
  EXPECT_EQ(StockLineReason("(Reporting by Ines Duarte; Editing by Pat Long)"),
            Reason::kContributorLine);
  EXPECT_EQ(StockLineReason("Sara Lind contributed reporting from Oslo."),
            Reason::kContributorLine);
}

TEST(StockLineReasonTest, LeavesProseAlone) {
  EXPECT_EQ(StockLineReason("Related questions were raised by the auditors "
                            "during the second hearing of the committee, "
                            "which ran late into the evening."),
            Reason::kNone);
  EXPECT_EQ(StockLineReason("Shares in the airline fell four percent."),
            Reason::kNone);
  EXPECT_EQ(StockLineReason("The mayor signed the order on Monday."),
            Reason::kNone);
  EXPECT_EQ(StockLineReason("She posted the video on Facebook."),
            Reason::kNone);
  EXPECT_EQ(StockLineReason("Publishers met in Leipzig this week."),
            Reason::kNone);
}

TEST(ClassifyBlocksTest, BylineLinksDuplicatesAndOutside) {
  std::vector<Block> blocks(5);
  blocks[0].text = "By Ravi Menon and Lucy Hart";
  blocks[1].text =
      "The council voted on Monday to extend the library's opening hours.";
  blocks[2].text = "Town budget passes";
  blocks[2].tag = GUMBO_TAG_LI;
  blocks[2].link_bytes = blocks[2].text.size();
  blocks[3].text = blocks[1].text;
  blocks[4].text = "Weather: sunny spells";
  std::vector<bool> in_content = {true, true, true, true, false};
  PageMetadata metadata;
  metadata.description = blocks[1].text;
  std::vector<BlockVerdict> verdicts =
      ClassifyBlocks(blocks, in_content, metadata);
  EXPECT_EQ(verdicts[0].reason, Reason::kByline);
  EXPECT_EQ(verdicts[1].reason, Reason::kNone);
  EXPECT_EQ(verdicts[2].reason, Reason::kRelatedLink);
  EXPECT_EQ(verdicts[3].reason, Reason::kRepeatedStandfirst);
  EXPECT_EQ(verdicts[4].reason, Reason::kNavigation);
}

TEST(ClassifyBlocksTest, OtherRepeatsAndSingleLinkedParagraphsStay) {
  // A question repeated in an interview series is not a standfirst, and a
  // paragraph that is one link ("Get the full recipe") is body.
  std::vector<Block> blocks(4);
  blocks[0].text = "What was the hardest part of your first year on the job?";
  blocks[1].text = "Learning the names of every regular customer.";
  blocks[2].text = blocks[0].text;
  blocks[3].text = "Get the full recipe";
  blocks[3].tag = GUMBO_TAG_P;
  blocks[3].link_bytes = blocks[3].text.size();
  std::vector<BlockVerdict> verdicts =
      ClassifyBlocks(blocks, {true, true, true, true}, PageMetadata());
  for (const BlockVerdict& verdict : verdicts) {
    EXPECT_EQ(verdict.reason, Reason::kNone);
  }
}

TEST(ClassifyBlocksTest, RunOfLinkParagraphsIsRelated) {
  std::vector<Block> blocks(3);
  blocks[0].text = "Harbour festival returns next summer";
  blocks[1].text = "New cycle path links the two villages";
  blocks[2].text = "The ferry will run hourly from May.";
  for (Block& block : blocks) block.tag = GUMBO_TAG_P;
  blocks[0].link_bytes = blocks[0].text.size();
  blocks[1].link_bytes = blocks[1].text.size();
  std::vector<BlockVerdict> verdicts =
      ClassifyBlocks(blocks, {true, true, true}, PageMetadata());
  EXPECT_EQ(verdicts[0].reason, Reason::kRelatedLink);
  EXPECT_EQ(verdicts[1].reason, Reason::kRelatedLink);
  EXPECT_EQ(verdicts[2].reason, Reason::kNone);
}

TEST(ClassifyBlocksTest, ByAsPartOfSentenceIsBody) {
  std::vector<Block> blocks(1);
  blocks[0].text = "By noon the river had risen another metre.";
  std::vector<BlockVerdict> verdicts =
      ClassifyBlocks(blocks, {true}, PageMetadata());
  EXPECT_EQ(verdicts[0].reason, Reason::kNone);
}

TEST(ClassifyBlocksTest, TitleIsHeadline) {
  std::vector<Block> blocks(1);
  blocks[0].text = "Storm closes mountain pass";
  PageMetadata metadata;
  metadata.title = "Storm Closes Mountain Pass";
  EXPECT_TRUE(ClassifyBlocks(blocks, {true}, metadata)[0].headline);
}

}  // namespace
}  // namespace corroborate::extract_html
