// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/sentence_splitter.h"

#include <gtest/gtest.h>

#include "analyze/test_article.h"

namespace corroborate::analyze {
namespace {

TEST(SentenceSplitter, SplitsBodyParagraphsWithByteOffsets) {
  Article article =
      MakeArticle({"Rivers rose in Piura. Roads were closed on Friday.",
                   "Rescue teams arrived."});
  std::vector<Sentence> sentences = SplitSentences(article.paragraphs);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[0].text, "Rivers rose in Piura.");
  EXPECT_EQ(sentences[1].text, "Roads were closed on Friday.");
  EXPECT_EQ(sentences[1].paragraph, 0);
  const std::string& text = article.paragraphs[0].text;
  EXPECT_EQ(
      text.substr(sentences[1].begin, sentences[1].end - sentences[1].begin),
      sentences[1].text);
  EXPECT_EQ(sentences[2].paragraph, 1);
  EXPECT_EQ(sentences[2].begin, 0u);
}

TEST(SentenceSplitter, KeepsAbbreviationsInsideSentences) {
  std::vector<Sentence> sentences =
      MakeSentences({"Lt. Gen. Ana Ruiz met U.S. Trade Representative staff on "
                     "Oct. 3 in Lima. Talks ended."});
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[1].text, "Talks ended.");
}

TEST(SentenceSplitter, BreaksAfterInitialismBeforeASentenceOpener) {
  std::vector<Sentence> sentences =
      MakeSentences({"The delegation flew to the U.S. The talks begin today."});
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[1].text, "The talks begin today.");
}

TEST(SentenceSplitter, KeepsMiddleInitialsInsideSentences) {
  std::vector<Sentence> sentences = MakeSentences(
      {"Chief Justice Maria T. Okafor spoke first, said Del. Daniel R. "
       "Fieldhouse. "
       "The vote was held on Plan B. The hall emptied."});
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[0].text,
            "Chief Justice Maria T. Okafor spoke first, said Del. Daniel R. "
            "Fieldhouse.");
  EXPECT_EQ(sentences[2].text, "The hall emptied.");
}

TEST(SentenceSplitter, QuestionOrExclamationBeforeLowerCaseGoesOn) {
  std::vector<Sentence> sentences = MakeSentences(
      {"\"Who will pay for the pier?\" asked Ana Ruiz. \"Not us!\" said the "
       "mayor. Is it safe? Nobody knows."});
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(sentences[0].text,
            "\"Who will pay for the pier?\" asked Ana Ruiz.");
  EXPECT_EQ(sentences[1].text, "\"Not us!\" said the mayor.");
  EXPECT_EQ(sentences[2].text, "Is it safe?");
}

TEST(SentenceSplitter, SkipsBoilerplateParagraphs) {
  Article article =
      MakeArticle({"Photo: a flooded street.", "Water covered the market."});
  article.paragraphs[0].boilerplate = true;
  article.paragraphs[0].reason = BoilerplateReason::kPhotoCaption;
  std::vector<Sentence> sentences = SplitSentences(article.paragraphs);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].paragraph, 1);
}

}  // namespace
}  // namespace corroborate::analyze
