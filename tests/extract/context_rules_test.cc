// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/context_rules.h"

#include <initializer_list>

#include <gtest/gtest.h>

namespace corroborate::extract {
namespace {

using R = BoilerplateReason;

Article MakeArticle(std::string title,
                    std::initializer_list<const char*> texts) {
  Article article;
  article.title = std::move(title);
  int line = 3;
  for (const char* text : texts) {
    Paragraph paragraph;
    paragraph.text = text;
    paragraph.first_line = paragraph.last_line = line;
    line += 2;
    article.paragraphs.push_back(paragraph);
  }
  return article;
}

void MarkCaption(Paragraph* paragraph) {
  paragraph->boilerplate = true;
  paragraph->reason = R::kPhotoCaption;
}

TEST(ContextRules, NormalizesCasePunctuationAndSpace) {
  EXPECT_EQ(
      NormalizeForComparison("The  Mayor, said: \xE2\x80\x9CNo.\xE2\x80\x9D"),
      "the mayor said no");
}

TEST(ContextRules, MarksCaptionRepeatedWithoutCredit) {
  Article article = MakeArticle(
      "T", {"Rescuers carry a survivor from the collapsed school in the hills "
            "(Photo: Lena "
            "Novak)",
            "Rescuers carry a survivor from the collapsed school in the hills",
            "Rescuers carry survivors to safety, officials said."});
  MarkCaption(&article.paragraphs[0]);
  MarkRepeatedCaptions(&article);
  EXPECT_EQ(article.paragraphs[1].reason, R::kPhotoCaption);
  EXPECT_EQ(article.paragraphs[2].reason, R::kNone);
}

// Lines with no blank line between: line numbers one apart.
void Touching(Article* article) {
  int line = 3;
  for (Paragraph& p : article->paragraphs) p.first_line = p.last_line = line++;
}

TEST(ContextRules, MarksCaptionWhoseCreditIsTheNextLine) {
  Article article = MakeArticle(
      "Title", {"Fans leave the ground in Kandy on Saturday, May 9, 2026.",
                "Image: Ana Dias", "The match was stopped twice by rain."});
  Touching(&article);
  article.paragraphs[1].boilerplate = true;
  article.paragraphs[1].reason = R::kPhotoCredit;
  MarkCaptionBlocks(&article);
  EXPECT_EQ(article.paragraphs[0].reason, R::kPhotoCaption);
  EXPECT_FALSE(article.paragraphs[2].boilerplate);  // after the credit: body
}

TEST(ContextRules, MarksADatedTwinNextToACaption) {
  Article article = MakeArticle(
      "Title",
      {"Un volontaire recoit une dose a Lyon, le 12 fevrier 2026. Photo: X",
       "A volunteer receives a dose in Lyon on Feb. 12, 2026.",
       "The trial began in 2025 and enrolled 900 people in Lyon."});
  Touching(&article);
  MarkCaption(&article.paragraphs[0]);
  MarkCaptionBlocks(&article);
  EXPECT_EQ(article.paragraphs[1].reason, R::kPhotoCaption);
  // Not the next one: judged on the reasons before the rule, and no date.
  EXPECT_FALSE(article.paragraphs[2].boilerplate);
}

TEST(ContextRules, KeepsBodyAfterABlankLineNextToACaption) {
  Article article = MakeArticle(
      "Title", {"Divers search the harbour on May 2, 2024. Photo: X",
                "Divers searched the harbour on May 2, 2024, police said."});
  MarkCaption(&article.paragraphs[0]);  // MakeArticle leaves blank lines
  MarkCaptionBlocks(&article);
  EXPECT_FALSE(article.paragraphs[1].boilerplate);
}

TEST(ContextRules, MarksRepeatedStandfirst) {
  Article article = MakeArticle("Port strike ends",
                                {"Dock workers ended a two-week strike after "
                                 "the port agreed to raise wages.",
                                 "The agreement was signed late on Friday.",
                                 "Dock workers ended a two-week strike after "
                                 "the port agreed to raise wages!"});
  MarkRepeatedStandfirst(&article);
  EXPECT_EQ(article.paragraphs[0].reason, R::kNone);
  EXPECT_EQ(article.paragraphs[1].reason, R::kNone);
  EXPECT_EQ(article.paragraphs[2].reason, R::kRepeatedStandfirst);
}

TEST(ContextRules, MarksParagraphRepeatingTitle) {
  Article article = MakeArticle("Port strike ends after two weeks of talks",
                                {"Port strike ends after two weeks of talks",
                                 "Dock workers ended a strike on Friday."});
  MarkRepeatedStandfirst(&article);
  EXPECT_EQ(article.paragraphs[0].reason, R::kRepeatedStandfirst);
  EXPECT_EQ(article.paragraphs[1].reason, R::kNone);
}

TEST(ContextRules, FindsStandfirstAfterRepeatedTitle) {
  Article article = MakeArticle(
      "Port strike ends",
      {"Port strike ends.",
       "Dock workers ended a two-week strike after the port raised wages.",
       "The deal was signed on Friday.",
       "Dock workers ended a two-week strike after the port raised wages."});
  MarkRepeatedStandfirst(&article);
  EXPECT_EQ(article.paragraphs[0].reason, R::kRepeatedStandfirst);
  EXPECT_EQ(article.paragraphs[1].reason, R::kNone);
  EXPECT_EQ(article.paragraphs[3].reason, R::kRepeatedStandfirst);
}

TEST(ContextRules, KeepsShortRepeatedPhrasesAsBody) {
  Article article = MakeArticle(
      "T", {"The army said.", "Troops moved north.", "The army said."});
  MarkRepeatedStandfirst(&article);
  EXPECT_EQ(article.paragraphs[2].reason, R::kNone);
}

TEST(ContextRules, MarksTrailingHeadlineRun) {
  Article article =
      MakeArticle("T", {"The council approved the budget on Monday.",
                        "It takes effect in June.",
                        "Heatwave forecast for the weekend across the south",
                        "Ten things to know about the new rail timetable",
                        "Local team wins the regional cup after extra time"});
  MarkTrailingHeadlines(&article);
  EXPECT_EQ(article.paragraphs[1].reason, R::kNone);
  EXPECT_EQ(article.paragraphs[2].reason, R::kRelatedLink);
  EXPECT_EQ(article.paragraphs[4].reason, R::kRelatedLink);
}

TEST(ContextRules, KeepsSingleUnpunctuatedLastLineAsBody) {
  Article article =
      MakeArticle("T", {"The council approved the budget on Monday.",
                        "The vote was unanimous and will be reviewed in June"});
  MarkTrailingHeadlines(&article);
  EXPECT_EQ(article.paragraphs[1].reason, R::kNone);
}

TEST(ContextRules, KeepsHeadlineRunInsideArticleAsBody) {
  Article article =
      MakeArticle("T", {"Heatwave forecast for the weekend across the south",
                        "Ten things to know about the new rail timetable",
                        "The council approved the budget on Monday."});
  MarkTrailingHeadlines(&article);
  EXPECT_EQ(article.paragraphs[0].reason, R::kNone);
  EXPECT_EQ(article.paragraphs[1].reason, R::kNone);
}

}  // namespace
}  // namespace corroborate::extract
