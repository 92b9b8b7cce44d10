// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The attribution filter of broad mode: the features it sees for a
// candidate attribution, model parsing and scoring on hand-made models, and
// that a rejected candidate is dropped while the others stay.

#include "analyze/attribution_filter.h"

#include <cmath>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analyze/attribution_finder.h"
#include "analyze/text_attributor.h"

namespace corroborate::analyze {
namespace {

using ::testing::Contains;
using ::testing::Not;

std::vector<Sentence> OneParagraph(const std::vector<std::string>& texts) {
  std::vector<Sentence> sentences;
  for (const std::string& text : texts)
    sentences.push_back({0, 0, text.size(), text});
  return sentences;
}

std::string Joined(const std::vector<std::string>& features) {
  std::string out;
  for (const std::string& f : features) out += f + " ";
  return out;
}

TEST(AttributionFilter, FeaturesDescribeCueSourceAndContent) {
  auto rows = AttributionFilterRows(
      "Harbour officials said on Tuesday that the ferry would resume.");
  ASSERT_EQ(rows.size(), 1u);
  const auto& f = rows[0].features;
  EXPECT_THAT(f, Contains("cue=said")) << Joined(f);
  EXPECT_THAT(f, Contains("order=sc")) << Joined(f);
  EXPECT_THAT(f, Contains("cont=after")) << Joined(f);
  EXPECT_THAT(f, Contains("gap<=0")) << Joined(f);
  EXPECT_THAT(f, Contains("parfirst")) << Joined(f);
  EXPECT_THAT(f, Contains("n1=on")) << Joined(f);
  EXPECT_THAT(f, Contains("sw=harbour")) << Joined(f);
  EXPECT_THAT(f, Contains("cue=said&order=sc")) << Joined(f);
  // "said" here is a cue the classifier is sure of.
  EXPECT_THAT(f, Contains("cp>=0.9")) << Joined(f);
  EXPECT_THAT(f, Not(Contains("src=none"))) << Joined(f);
  EXPECT_THAT(f, Not(Contains("src=pron"))) << Joined(f);
  EXPECT_THAT(f, Not(Contains("quoted"))) << Joined(f);
}

TEST(AttributionFilter, FeaturesOfAQuoteWithAPronounSource) {
  auto rows = AttributionFilterRows(
      "The orchard flooded twice.\n\"We lost the whole crop,\" she said.");
  ASSERT_EQ(rows.size(), 1u);
  const auto& f = rows[0].features;
  EXPECT_THAT(f, Contains("src=pron")) << Joined(f);
  EXPECT_THAT(f, Contains("cue=said&src=pron")) << Joined(f);
  EXPECT_THAT(f, Contains("order=sc")) << Joined(f);
  EXPECT_THAT(f, Contains("quoted")) << Joined(f);
  EXPECT_THAT(f, Contains("cont=before")) << Joined(f);
  EXPECT_THAT(f, Contains("squote")) << Joined(f);
  // The second sentence of the text, the first of its paragraph.
  EXPECT_THAT(f, Contains("sent<=1")) << Joined(f);
  EXPECT_THAT(f, Contains("parfirst")) << Joined(f);
  EXPECT_THAT(f, Not(Contains("sent<=0"))) << Joined(f);
}

TEST(AttributionFilter, ParsesAndScoresAModel) {
  AttributionFilter model = AttributionFilter::Parse(
      "# a comment\n#threshold 0.6\n#bias -1\ncue=said\t2.5\nsrc=none\t-3\n");
  ASSERT_TRUE(model.Loaded());
  EXPECT_NEAR(model.Probability({"cue=said"}), 1 / (1 + std::exp(-1.5)), 1e-9);
  EXPECT_NEAR(model.Probability({"cue=said", "src=none", "unknown=x"}),
              1 / (1 + std::exp(1.5)), 1e-9);
  EXPECT_NEAR(model.Probability({}), 1 / (1 + std::exp(1.0)), 1e-9);
}

TEST(AttributionFilter, EmptyModelKeepsEverything) {
  AttributionFilter model = AttributionFilter::Parse("");
  EXPECT_FALSE(model.Loaded());
  auto sentences = OneParagraph({"The ferry seems likely to be late."});
  auto found = FindAttributions(sentences, /*broad=*/true);
  ASSERT_FALSE(found.empty());
  EXPECT_TRUE(model.Keep(found[0], sentences));
}

TEST(AttributionFilter, DropsWhatTheModelRejectsAndKeepsTheRest) {
  // A hand-made model that rejects attributions without a source.
  AttributionFilter model =
      AttributionFilter::Parse("#threshold 0.5\n#bias 2\nsrc=none\t-4\n");
  auto sentences =
      OneParagraph({"The ferry seems likely to be late.",
                    "A port spokesman said the crossing would reopen."});
  auto found = FindAttributions(sentences, /*broad=*/true);
  ASSERT_EQ(found.size(), 2u);
  ASSERT_TRUE(found[0].source_spans.empty());
  EXPECT_FALSE(model.Keep(found[0], sentences));
  EXPECT_TRUE(model.Keep(found[1], sentences));
}

}  // namespace
}  // namespace corroborate::analyze
