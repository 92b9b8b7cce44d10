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
}

TEST(ClassifyBlocksTest, BylineLinksDuplicatesAndOutside) {
  std::vector<Block> blocks(5);
  blocks[0].text = "By Ravi Menon and Lucy Hart";
  blocks[1].text = "The council voted to extend the library hours.";
  blocks[2].text = "Town budget passes";
  blocks[2].link_bytes = blocks[2].text.size();
  blocks[3].text = "The council voted to extend the library hours.";
  blocks[4].text = "Weather: sunny spells";
  std::vector<bool> in_content = {true, true, true, true, false};
  PageMetadata metadata;
  std::vector<BlockVerdict> verdicts =
      ClassifyBlocks(blocks, in_content, metadata);
  EXPECT_EQ(verdicts[0].reason, Reason::kByline);
  EXPECT_EQ(verdicts[1].reason, Reason::kNone);
  EXPECT_EQ(verdicts[2].reason, Reason::kRelatedLink);
  EXPECT_EQ(verdicts[3].reason, Reason::kRepeatedStandfirst);
  EXPECT_EQ(verdicts[4].reason, Reason::kNavigation);
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
