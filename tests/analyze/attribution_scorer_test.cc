// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The PolNeAR span scorer of bench/attribution on small hand examples.

#include "attribution_scorer.h"

#include <gtest/gtest.h>

namespace corroborate::bench {
namespace {

SpanAttribution Make(std::vector<Span> source, std::vector<Span> cue,
                     std::vector<Span> content) {
  return {std::move(source), std::move(cue), std::move(content)};
}

TEST(AttributionScorer, ExactAndPartialDiffer) {
  // Gold: source [0,5) cue [6,10) content [11,30).
  std::vector<SpanAttribution> gold = {Make({{0, 5}}, {{6, 10}}, {{11, 30}})};
  // Predicted: exact source, cue off by one, content overlapping.
  std::vector<SpanAttribution> predicted = {
      Make({{0, 5}}, {{6, 11}}, {{15, 40}})};
  Scores s = ScoreDocument(gold, predicted);
  EXPECT_EQ(s.source.exact.predicted_hits, 1);
  EXPECT_EQ(s.cue.exact.predicted_hits, 0);
  EXPECT_EQ(s.cue.partial.predicted_hits, 1);
  EXPECT_EQ(s.content.exact.gold_hits, 0);
  EXPECT_EQ(s.content.partial.gold_hits, 1);
  EXPECT_EQ(s.attribution.exact.gold_hits, 0);
  EXPECT_EQ(s.attribution.partial.gold_hits, 1);
  EXPECT_DOUBLE_EQ(s.cue.partial.F1(), 1.0);
}

TEST(AttributionScorer, PrecisionAndRecallCountSeparately) {
  std::vector<SpanAttribution> gold = {
      Make({}, {{0, 4}}, {{5, 9}}), Make({{20, 22}}, {{23, 27}}, {{28, 40}})};
  // One right cue, one spurious one; the second gold cue is missed.
  std::vector<SpanAttribution> predicted = {Make({}, {{1, 3}}, {{5, 9}}),
                                            Make({}, {{50, 54}}, {{55, 60}})};
  Scores s = ScoreDocument(gold, predicted);
  EXPECT_EQ(s.cue.partial.predicted, 2);
  EXPECT_EQ(s.cue.partial.predicted_hits, 1);
  EXPECT_EQ(s.cue.partial.gold, 2);
  EXPECT_EQ(s.cue.partial.gold_hits, 1);
  EXPECT_DOUBLE_EQ(s.cue.partial.Precision(), 0.5);
  EXPECT_DOUBLE_EQ(s.cue.partial.Recall(), 0.5);
  // Empty sources are no units; the sourceless gold attribution matches
  // the sourceless prediction whose content is the same.
  EXPECT_EQ(s.source.partial.gold, 1);
  EXPECT_EQ(s.source.partial.predicted, 0);
  EXPECT_EQ(s.attribution.exact.gold_hits, 1);
}

TEST(AttributionScorer, SharedSourceCountsOnceAndPiecesMatchAsAWhole) {
  // One speaker, two cues: PolNeAR repeats the source span.
  std::vector<SpanAttribution> gold = {
      Make({{0, 3}}, {{4, 8}}, {{9, 20}}),
      Make({{0, 3}}, {{21, 25}, {30, 32}}, {{33, 40}})};
  std::vector<SpanAttribution> predicted = {
      Make({{0, 3}}, {{21, 25}}, {{33, 40}})};
  Scores s = ScoreDocument(gold, predicted);
  EXPECT_EQ(s.source.exact.gold, 1);
  EXPECT_EQ(s.source.exact.gold_hits, 1);
  // A discontinuous cue is exact only with all its pieces.
  EXPECT_EQ(s.cue.exact.gold_hits, 0);
  EXPECT_EQ(s.cue.partial.gold_hits, 1);
}

TEST(AttributionScorer, ParsesBothFormatsAndSkipsJunk) {
  auto parsed = ParseAttributions(nlohmann::json::parse(
      R"([{"source": [[1, 4]], "cue": [[5, 9], [12, 14]], "content": [],
           "source_text": "x"},
          {"source": "bad", "cue": [[3]], "content": [[9, 2]]}, 7])"));
  ASSERT_EQ(parsed.size(), 2u);
  EXPECT_EQ(parsed[0].cue.size(), 2u);
  EXPECT_TRUE(parsed[1].source.empty());
  EXPECT_TRUE(parsed[1].cue.empty());
  EXPECT_TRUE(parsed[1].content.empty());  // end before begin
}

TEST(AttributionScorer, NothingPredictedScoresZeroNotNaN) {
  Scores s = ScoreDocument({Make({{0, 1}}, {{2, 3}}, {{4, 5}})}, {});
  EXPECT_EQ(s.cue.partial.Precision(), 0);
  EXPECT_EQ(s.cue.partial.F1(), 0);
}

}  // namespace
}  // namespace corroborate::bench
