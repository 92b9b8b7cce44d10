// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Sourceless cues ("seems to", "is expected to") and the doubled-apostrophe
// quote mark, through `AttributeText` (broad mode) and the pipeline's
// FindAttributions (which must not output sourceless attributions).

#include "analyze/sourceless_cues.h"

#include <string>

#include <gtest/gtest.h>

#include "analyze/attribution_finder.h"
#include "analyze/text_attributor.h"

namespace corroborate::analyze {
namespace {

std::string Slice(const std::string& text, const CodePointRange& r) {
  return text.substr(r.begin, r.end - r.begin);  // ASCII test texts
}

// AgentlessPassive on the cue word `word` of `sentence`: the cue, subject
// and complement as written, joined by "|", or "none".
std::string Passive(const std::string& sentence, const std::string& word) {
  std::vector<Token> tokens = Tokenize(sentence);
  size_t i = 0;
  while (i < tokens.size() && !tokens[i].Is(word)) ++i;
  SourcelessCue cue;
  if (i == tokens.size() || !AgentlessPassive(tokens, i, i + 1, &cue))
    return "none";
  return Span(sentence, tokens, cue.cue_begin, cue.cue_end) + "|" +
         Span(sentence, tokens, cue.subject_begin, cue.subject_end) + "|" +
         Span(sentence, tokens, cue.content_begin, cue.content_end);
}

TEST(SourcelessCues, PassiveWithoutAgentHasNoSource) {
  EXPECT_EQ(
      Passive("The bridge toll is projected to double by 2030.", "projected"),
      "is projected|The bridge toll|to double by 2030");
  EXPECT_EQ(
      Passive("The ferry has been widely criticized as unsafe.", "criticized"),
      "has been widely criticized|The ferry|as unsafe");
  EXPECT_EQ(Passive("Ole Berg was told that the dock would close.", "told"),
            "was told|Ole Berg|the dock would close");
}

TEST(SourcelessCues, ActiveVerbsAndStatesAreNoAgentlessPassives) {
  // Active: no form of "be" before the cue.
  EXPECT_EQ(Passive("The crew criticized the plan.", "criticized"), "none");
  // A progressive is active too.
  EXPECT_EQ(Passive("The crew is calling for a vote.", "calling"), "none");
  // A state its subject holds: the subject is the source.
  EXPECT_EQ(Passive("The crew was worried about the storm.", "worried"),
            "none");
}

TEST(SourcelessCues, ReportedlyNamesNoReporter) {
  std::string text = "The ferry operator reportedly sold two boats in June.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].source.empty());
  EXPECT_EQ(Slice(text, found[0].cue[0]), "reportedly");
  ASSERT_EQ(found[0].content.size(), 2u);
  EXPECT_EQ(Slice(text, found[0].content[0]), "The ferry operator");
  EXPECT_EQ(Slice(text, found[0].content[1]), "sold two boats in June");
  // A reporter named: "reported" keeps its source.
  auto named = AttributeText("The Gazette reported that the boats were sold.");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_FALSE(named[0].source.empty());
}

TEST(SourcelessCues, ExpectedToHasNoSourceAndSubjectInContent) {
  std::string text = "The harbour tunnel is widely expected to open in May.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].source.empty());
  ASSERT_EQ(found[0].cue.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].cue[0]), "is widely expected");
  ASSERT_EQ(found[0].content.size(), 2u);
  EXPECT_EQ(Slice(text, found[0].content[0]), "The harbour tunnel");
  EXPECT_EQ(Slice(text, found[0].content[1]), "to open in May");
}

TEST(SourcelessCues, SeemsToTakesTheViewNotTheSubjectAsSource) {
  std::string text = "The ceasefire in the valley seemed to be holding.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].source.empty());
  EXPECT_EQ(Slice(text, found[0].cue[0]), "seemed");
  EXPECT_EQ(Slice(text, found[0].content[0]), "The ceasefire in the valley");
  EXPECT_EQ(Slice(text, found[0].content[1]), "to be holding");
}

TEST(SourcelessCues, AppearsLikelyCounts) {
  std::string text = "A second vote appears likely before the recess.";
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].cue[0]), "appears");
}

TEST(SourcelessCues, PlainAppearanceAndAdjectiveAreNotCues) {
  EXPECT_TRUE(AttributeText("The mayor appeared on local radio.").empty());
  EXPECT_TRUE(
      AttributeText("The expected surplus was spent on roads.").empty());
  // Inside a quotation it is the quoted speaker's wording.
  EXPECT_TRUE(
      FindSourcelessCues(Tokenize("\"It seems to work,\" she added.")).empty());
}

// The sourceless attribution among `found` whose cue reads `cue`, or null.
const TextAttribution* WithCue(const std::string& text,
                               const std::vector<TextAttribution>& found,
                               const std::string& cue) {
  for (const TextAttribution& a : found) {
    if (!a.cue.empty() && Slice(text, a.cue[0]) == cue && a.source.empty())
      return &a;
  }
  return nullptr;
}

TEST(SourcelessCues, QuestionWithNoAskerNamed) {
  std::string text =
      "When asked about the flooded tunnel, the harbour master shrugged.";
  auto found = AttributeText(text);
  const TextAttribution* a = WithCue(text, found, "asked");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Slice(text, a->content[0]), "about the flooded tunnel");

  std::string opening = "Asked whether the ferry would run, Mr. Diaz smiled.";
  auto found_opening = AttributeText(opening);
  a = WithCue(opening, found_opening, "Asked");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Slice(opening, a->content[0]), "whether the ferry would run");

  std::string passive = "The warden was asked to close the trail.";
  auto found_passive = AttributeText(passive);
  a = WithCue(passive, found_passive, "was asked");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Slice(passive, a->content[0]), "The warden");
  EXPECT_EQ(Slice(passive, a->content[1]), "to close the trail");
}

TEST(SourcelessCues, AskerNamedOrNoQuestionIsNotSourceless) {
  std::string named = "The mayor asked whether the road was closed.";
  EXPECT_EQ(WithCue(named, AttributeText(named), "asked"), nullptr);
  std::string request = "When asked, the clerk left.";
  EXPECT_EQ(WithCue(request, AttributeText(request), "asked"), nullptr);
  std::string object = "Lena asked the council for money.";
  EXPECT_EQ(WithCue(object, AttributeText(object), "asked"), nullptr);
}

TEST(SourcelessCues, ClassifiedCueWithNoHolderHasNoSource) {
  std::string text =
      "After the vote, claiming that the count was rigged became common "
      "among losers.";
  auto found = AttributeText(text);
  const TextAttribution* a = WithCue(text, found, "claiming");
  ASSERT_NE(a, nullptr);
  // The span keeps "that", as PolNeAR's content does.
  EXPECT_EQ(Slice(text, a->content[0]),
            "that the count was rigged became common among losers");
  // Too little after the cue to be content.
  EXPECT_TRUE(AttributeText("After the vote, nobody was claiming it.").empty());
  // A holder named: an ordinary attribution.
  std::string named =
      "Mayor Ted Olsen announced that the ferry would stop running in May.";
  auto held = AttributeText(named);
  ASSERT_EQ(held.size(), 1u);
  ASSERT_EQ(held[0].source.size(), 1u);
  EXPECT_EQ(Slice(named, held[0].source[0]), "Mayor Ted Olsen");
}

TEST(SourcelessCues, PipelineModeOutputsNoSourcelessAttribution) {
  Sentence s;
  s.text = "The harbour tunnel is expected to open in May.";
  EXPECT_TRUE(FindAttributions({s}).empty());
}

TEST(Tokenizer, DoubledApostrophesAreQuoteMarks) {
  std::string text =
      "''We will rebuild the pier before summer,'' said Carla Mendes, the "
      "harbour master.";
  auto tokens = Tokenize(text);
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens[0].kind, TokenKind::kOpenQuote);
  EXPECT_TRUE(tokens[1].quoted);
  auto found = AttributeText(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Slice(text, found[0].cue[0]), "said");
  EXPECT_EQ(Slice(text, found[0].source[0]), "Carla Mendes");
  // A single apostrophe inside a word is no quote mark.
  EXPECT_EQ(Tokenize("the port's pier")[0].kind, TokenKind::kWord);
  EXPECT_EQ(Tokenize("the port's pier").size(), 3u);
}

}  // namespace
}  // namespace corroborate::analyze
