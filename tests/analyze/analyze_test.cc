// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/analyze.h"

#include <gtest/gtest.h>

#include "analyze/test_article.h"

namespace corroborate::analyze {
namespace {

TEST(Analyze, FillsEveryField) {
  Article article =
      MakeArticle({"Photo: Rescuers carry a child through floodwater in Piura.",
                   "Floods killed at least 12 people in northern Peru, local "
                   "radio station Radio Cutivalu "
                   "reported on Sunday, citing hospital staff. The figure "
                   "could not be independently "
                   "verified.",
                   "The health ministry declined to comment."});
  article.paragraphs[0].boilerplate = true;
  article.paragraphs[0].reason = BoilerplateReason::kPhotoCaption;
  Analyze(&article, AnalyzeOptions{});
  EXPECT_EQ(article.language, "en");
  ASSERT_EQ(article.sentences.size(), 3u);
  EXPECT_EQ(article.sentences[0].paragraph, 1);
  ASSERT_EQ(article.attributions.size(), 1u);
  EXPECT_EQ(article.attributions[0].source, "Radio Cutivalu");
  EXPECT_EQ(article.attributions[0].via, "hospital staff");
  ASSERT_EQ(article.signals.size(), 2u);
  EXPECT_EQ(article.signals[0].kind, "unconfirmed");
  EXPECT_EQ(article.signals[1].kind, "no_comment");
  EXPECT_FALSE(article.low_quality);
}

TEST(Analyze, EmptyArticleIsHarmless) {
  Article article;
  Analyze(&article, AnalyzeOptions{});
  EXPECT_TRUE(article.sentences.empty());
  EXPECT_TRUE(article.attributions.empty());
  EXPECT_EQ(article.language, "");
}

}  // namespace
}  // namespace corroborate::analyze
