// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "util/analysis_json.h"

#include <gtest/gtest.h>

namespace corroborate::util {
namespace {

Article SampleArticle() {
  Article a;
  a.id = "flood-1";
  a.title = "Floods close roads in Cusco";
  a.byline = "Desk Staff";
  a.contributors = {"Ana Quispe"};
  a.quality = 0.8;
  a.paragraphs.push_back({.text = "By Desk Staff",
                          .first_line = 3,
                          .last_line = 3,
                          .boilerplate = true,
                          .reason = BoilerplateReason::kByline});
  a.paragraphs.push_back({.text = "Roads closed, the mayor said.",
                          .first_line = 5,
                          .last_line = 5,
                          .language = "en"});
  a.sentences.push_back({.paragraph = 1,
                         .begin = 0,
                         .end = 29,
                         .text = "Roads closed, the mayor said."});
  a.attributions.push_back({.sentence = 0,
                            .source = "the mayor",
                            .source_kind = SourceKind::kPerson,
                            .cue = "said",
                            .content = "Roads closed"});
  a.attributions.back().source_spans = {
      {.paragraph = 1, .begin = 14, .end = 23}};
  a.attributions.back().cue_spans = {{.paragraph = 1, .begin = 24, .end = 28}};
  a.attributions.back().content_spans = {
      {.paragraph = 1, .begin = 0, .end = 12}};
  a.signals.push_back({.kind = "hedged", .sentence = 0, .text = "reportedly"});
  a.damaged_lines.push_back(
      {.line = 5, .problem = "mojibake", .excerpt = "caf\xC3\x83\xC2\xA9"});
  a.entities.push_back(
      {.name = "Cusco",
       .kind = EntityKind::kPlace,
       .mentions = {{.paragraph = 1, .begin = 0, .end = 5, .text = "Cusco"}},
       .aliases = {"Cuzco"},
       .confidence = 0.9});
  a.places.push_back({.name = "Cusco",
                      .canonical = "Cusco",
                      .country = "PE",
                      .latitude = -13.5,
                      .longitude = -71.9});
  a.dates.push_back({.text = "on Friday",
                     .paragraph = 1,
                     .date = "2024-02-09",
                     .inferred = true,
                     .kind = DateKind::kEvent});
  return a;
}

TEST(AnalysisJson, ArticleRoundTripsThroughJson) {
  Article original = SampleArticle();
  Result<Article> back = ArticleFromJson(ArticleToJson(original));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(ArticleToJson(back.value()), ArticleToJson(original));
  EXPECT_EQ(back->paragraphs[0].reason, BoilerplateReason::kByline);
  EXPECT_EQ(back->attributions[0].source_kind, SourceKind::kPerson);
  EXPECT_EQ(back->entities[0].kind, EntityKind::kPlace);
  EXPECT_EQ(back->places[0].country, "PE");
  EXPECT_TRUE(back->dates[0].inferred);
  ASSERT_EQ(back->attributions[0].cue_spans.size(), 1u);
  EXPECT_EQ(back->attributions[0].cue_spans[0].begin, 24u);
}

TEST(AnalysisJson, StoryRoundTripsThroughJson) {
  Story story{.id = "S1", .title = "t", .articles = {"a", "b"}};
  Claim claim{.id = "S1.C1",
              .text = "x",
              .articles = {"a", "b"},
              .independent_origins = 1,
              .verdict = "single_anonymous_source",
              .circular = true};
  claim.origins.push_back({.source = "Daily",
                           .via = "officials",
                           .anonymous = true,
                           .articles = {"a"}});
  claim.attributions.push_back({.article = "b",
                                .sentence = 2,
                                .source = "Daily",
                                .role = "root",
                                .origin = 0});
  claim.origins.back().kind = "anonymous";
  claim.origins.back().independence = "first root";
  claim.reasons = {"single anonymous source", "unconfirmed"};
  claim.timeline.push_back({.date = "2024-03-05",
                            .date_inferred = true,
                            .date_note = "'on Tuesday' before 2024-03-07",
                            .article = "b",
                            .sentence = 2,
                            .event = "first_appearance",
                            .origin = 0});
  story.claims.push_back(claim);
  story.graph.nodes.push_back({.id = "n1", .name = "Daily", .kind = "outlet"});
  story.graph.nodes.push_back(
      {.id = "n2", .name = "officials", .kind = "anonymous"});
  story.graph.edges.push_back({.from = "n1",
                               .to = "n2",
                               .kind = "cited",
                               .article = "b",
                               .sentence = 2});
  Result<Story> back = StoryFromJson(StoryToJson(story));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(StoryToJson(back.value()), StoryToJson(story));
  ASSERT_EQ(back->graph.edges.size(), 1u);
  EXPECT_EQ(back->graph.edges[0].kind, "cited");
  ASSERT_EQ(back->claims[0].timeline.size(), 1u);
  EXPECT_TRUE(back->claims[0].timeline[0].date_inferred);
  EXPECT_EQ(back->claims[0].attributions[0].origin, 0);
}

TEST(AnalysisJson, WrongTypeIsCorruptionNamingTheField) {
  nlohmann::json j = ArticleToJson(SampleArticle());
  j["quality"] = "high";
  Result<Article> back = ArticleFromJson(j);
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.status().code(), Status::Code::kCorruption);
  EXPECT_NE(back.status().message().find("quality"), std::string::npos);
}

}  // namespace
}  // namespace corroborate::util
