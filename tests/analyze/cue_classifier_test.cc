// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The learned cue classifier: model parsing and scoring on a hand-made
// model, and, with the trained model of models/, the cues it adds in broad
// mode (beliefs, intentions) and the words it must leave alone.

#include "analyze/cue_classifier.h"

#include <chrono>
#include <cmath>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analyze/text_attributor.h"
#include "analyze/tokenizer.h"

namespace corroborate::analyze {
namespace {

using ::testing::Contains;
using ::testing::Not;

TEST(CueClassifier, FeaturesDescribeTheWordAndItsClause) {
  auto tokens = Tokenize("The harbour master insists that ships wait.");
  auto features = CueFeatures(tokens, 3);
  EXPECT_THAT(features, Contains("w=insists"));
  EXPECT_THAT(features, Contains("p1=master"));
  EXPECT_THAT(features, Contains("n1=that"));
  EXPECT_THAT(features, Contains("ahead=that"));
  EXPECT_THAT(features, Contains("subj=np2"));
  EXPECT_THAT(features, Not(Contains("ahead=quote")));
  // Capitals inside the sentence are one class; the first word keeps its
  // form.
  auto named = Tokenize("Ines Ortega hopes to win.");
  auto f2 = CueFeatures(named, 2);
  EXPECT_THAT(f2, Contains("p1=<Cap>"));
  EXPECT_THAT(f2, Contains("subj=name2"));
  EXPECT_THAT(CueFeatures(named, 0), Contains("first"));
}

TEST(CueClassifier, ParsesAndScoresAModel) {
  CueClassifier model = CueClassifier::Parse(
      "# a test model\n#threshold 0.6\n#bias -1\n#word hopes\n"
      "w=hopes\t1.5\nn1=to\t0.5\nn1=for\t-2\n");
  ASSERT_TRUE(model.Loaded());
  auto tokens = Tokenize("Ines hopes to win.");
  EXPECT_TRUE(model.IsCandidate(tokens[1]));
  EXPECT_FALSE(model.IsCandidate(tokens[3]));  // "win": not a model word
  // bias -1 + w 1.5 + n1 0.5 = 1.
  EXPECT_NEAR(model.Probability(tokens, 1), 1 / (1 + std::exp(-1.0)), 1e-9);
  EXPECT_TRUE(model.IsCue(tokens, 1));
  auto other = Tokenize("Ines hopes for rain.");
  EXPECT_NEAR(model.Probability(other, 1), 1 / (1 + std::exp(1.5)), 1e-9);
  EXPECT_FALSE(model.IsCue(other, 1));
}

TEST(CueClassifier, StackFeaturesDescribeTheOtherCandidates) {
  // Token 1 scored 0.9, token 4 scored 0.3, the others are no candidates.
  std::vector<double> first = {-1, 0.9, -1, -1, 0.3, -1};
  auto at4 = StackFeatures(first, 4);
  EXPECT_THAT(at4, Contains("p0=1"));  // 0.3 in fifths
  EXPECT_THAT(at4, Contains("pl=4"));
  EXPECT_THAT(at4, Contains("pr=none"));
  EXPECT_THAT(at4, Contains("pn=4"));  // three tokens away: near
  EXPECT_THAT(at4, Contains("nhi=1"));
  EXPECT_THAT(at4, Contains("p0pl=1_4"));
  auto at1 = StackFeatures(first, 1);
  EXPECT_THAT(at1, Contains("pl=none"));
  EXPECT_THAT(at1, Contains("pr=1"));
  EXPECT_THAT(at1, Contains("nhi=0"));
}

TEST(CueClassifier, SecondPassDecidesWhenStacked) {
  CueClassifier model = CueClassifier::Parse(
      "#threshold 0.5\n#bias 0\n#word hopes\n#word says\nw=hopes\t2\n"
      "w=says\t2\n");
  auto tokens = Tokenize("Ana says she hopes to win.");
  EXPECT_FALSE(model.Stacked());
  std::vector<double> first = model.FirstPass(tokens);
  EXPECT_NEAR(first[1], 1 / (1 + std::exp(-2.0)), 1e-9);
  EXPECT_NEAR(first[3], 1 / (1 + std::exp(-2.0)), 1e-9);
  EXPECT_EQ(first[0], -1);
  // The second pass: a likely cue before the word ("says ... hopes")
  // makes it no cue.
  model.SetStack(CueClassifier::Parse(
      "#threshold 0.6\n#bias 0\nw=hopes\t1\nw=says\t1\npl=4\t-3\n"));
  ASSERT_TRUE(model.Stacked());
  EXPECT_EQ(model.DecisionThreshold(), 0.6);
  std::vector<double> p = model.Probabilities(tokens);
  EXPECT_NEAR(p[1], 1 / (1 + std::exp(-1.0)), 1e-9);
  EXPECT_NEAR(p[3], 1 / (1 + std::exp(2.0)), 1e-9);
  EXPECT_EQ(p[0], -1);
}

TEST(CueClassifier, EmptyOrBrokenModelIsNotLoaded) {
  EXPECT_FALSE(CueClassifier::Parse("").Loaded());
  EXPECT_FALSE(CueClassifier::Parse("#threshold x\nno weight here\n").Loaded());
}

TEST(CueClassifier, TrainedModelIsShipped) {
  EXPECT_TRUE(CueClassifier::Default().Loaded());
}

std::string CueOf(const std::string& text) {
  auto found = AttributeText(text);
  if (found.empty() || found[0].cue.empty()) return "";
  const CodePointRange& r = found[0].cue[0];
  return text.substr(r.begin, r.end - r.begin);  // ASCII test texts
}

TEST(CueClassifier, FindsBeliefsAndIntentionsInBroadMode) {
  EXPECT_EQ(CueOf("Councillor Ana Brandt believes the new timetable will "
                  "cut delays."),
            "believes");
  EXPECT_EQ(CueOf("Councillor Ana Brandt hopes to reopen the library by "
                  "spring."),
            "hopes");
  EXPECT_EQ(CueOf("Mayor Ted Olsen wants the port authority to hire more "
                  "pilots."),
            "wants");
}

TEST(CueClassifier, LeavesOrdinaryVerbsAlone) {
  EXPECT_TRUE(AttributeText("The ferry left the harbour at noon and reached "
                            "the island by dusk.")
                  .empty());
  EXPECT_TRUE(
      AttributeText("Workers painted the bridge over the river.").empty());
  // Cue words after a determiner are nouns or adjectives.
  EXPECT_TRUE(AttributeText("The report is on the table.").empty());
  EXPECT_TRUE(
      AttributeText("The expected surplus was spent on roads.").empty());
}

// Wall-clock seconds AttributeText(text) takes.
double SecondsToAttribute(const std::string& text) {
  auto start = std::chrono::steady_clock::now();
  AttributeText(text);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

TEST(CueClassifier, RunOnSentenceIsScoredInBoundedTime) {
  // No clause word or quote to stop a subject search: each scored word
  // would walk back to the start without the per-sentence budget.
  std::string run_on;
  for (int i = 0; i < 20000; ++i) run_on += "officials said ";
  // Debug build on a loaded two-core machine: well under a second.
  EXPECT_LT(SecondsToAttribute(run_on), 10.0);
}

TEST(CueClassifier, RunOnFirstPredicateIsSearchedInBoundedTime) {
  // "X ... and said": the subject search of the coordinated verb tries the
  // words in -s before "and" one by one; in a run-on clause each try walks
  // back to its start (12 s in Release before the look-back was bounded).
  std::string run_on = "Okafor";
  for (int i = 0; i < 20000; ++i) run_on += " the cats walks";
  run_on += " and said the ferry would sail.";
  EXPECT_LT(SecondsToAttribute(run_on), 10.0);
}

}  // namespace
}  // namespace corroborate::analyze
