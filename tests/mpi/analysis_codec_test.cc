// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The MPI ranks' binary form must carry every field of an analysed
// article, a reuse and a story, and must refuse cut or corrupted input.

#include "pipeline/analysis_codec.h"

#include <string>

#include <gtest/gtest.h>

#include "util/analysis_json.h"

namespace corroborate::pipeline {
namespace {

// An article with every field of article.h set to a non-default value.
Article FullArticle() {
  Article a;
  a.id = "harbour_07";
  a.path = "/in/harbour.jsonl";
  a.url = "https://example.org/harbour";
  a.title = "Ferry service resumes after the storm";
  a.date = "2031-03-04";
  a.site = "Coastal Daily";
  a.byline = "Port desk";
  a.contributors = {"A. Writer", "B. Editor"};
  a.encoding = "WINDOWS-1252";
  a.content_hash = "00ff00ff00ff00ff";
  a.language = "en";
  a.quality = 0.3125;
  a.low_quality = true;
  a.quality_reasons = {"spun text"};
  a.html = "<p>raw \xff bytes</p>";  // not valid UTF-8: must pass unchanged
  a.paragraphs.push_back({"The harbour master said boats sail again.", 3, 4,
                          true, BoilerplateReason::kPhotoCaption, "en", true});
  a.sentences.push_back({0, 4, 39, "harbour master said boats sail again."});
  Attribution at;
  at.sentence = 0;
  at.source = "the harbour master";
  at.source_kind = SourceKind::kPerson;
  at.source_role = "harbour master";
  at.via = "port office";
  at.via_kind = SourceKind::kOrganization;
  at.anonymous = true;
  at.cue = "said";
  at.content = "boats sail again";
  at.direct_quote = true;
  at.source_spans = {{0, 4, 18}};
  at.cue_spans = {{0, 19, 23}};
  at.content_spans = {{0, 24, 40}, {0, 41, 42}};
  a.attributions.push_back(at);
  a.signals.push_back({"hedged", 0, "reportedly"});
  a.damaged_lines.push_back({7, "mojibake", "sail Ã©"});
  Entity e;
  e.name = "Harbour Office";
  e.kind = EntityKind::kOrganization;
  e.mentions = {{-1, 1, 5, "Port"}};
  e.role = "operator";
  e.aliases = {"HO"};
  e.confidence = 0.75;
  a.entities.push_back(e);
  a.places.push_back(
      {"Portsea", "Portsea Island", "GB", 50.8, -1.07, 123456, 0, 9, 0.5});
  a.dates.push_back({"on Tuesday", 0, 12, "2031-03-04", true,
                     "relative to 2031-03-06", DateKind::kPhotoCaption});
  return a;
}

TEST(ArticleCodec, EveryFieldSurvivesTheRoundTrip) {
  const Article original = FullArticle();
  std::string bytes;
  EncodeInt(-42, &bytes);
  EncodeArticle(original, &bytes);
  EncodeArticle(Article(), &bytes);
  size_t pos = 0;
  int64_t number = 0;
  Article copy, empty;
  ASSERT_TRUE(DecodeInt(bytes, &pos, &number));
  ASSERT_TRUE(DecodeArticle(bytes, &pos, &copy));
  ASSERT_TRUE(DecodeArticle(bytes, &pos, &empty));
  EXPECT_EQ(pos, bytes.size());
  EXPECT_EQ(number, -42);
  // The JSON form (written independently of the codec) covers every
  // printed field; html is never printed.
  EXPECT_EQ(util::ArticleToJson(copy), util::ArticleToJson(original));
  EXPECT_EQ(copy.html, original.html);
  EXPECT_EQ(copy.attributions.at(0).source_role, "harbour master");
  EXPECT_EQ(copy.quality, 0.3125);
  EXPECT_EQ(copy.paragraphs.at(0).reason, BoilerplateReason::kPhotoCaption);
  EXPECT_EQ(copy.places.at(0).longitude, -1.07);
  EXPECT_EQ(util::ArticleToJson(empty), util::ArticleToJson(Article()));
}

Story FullStory() {
  Story s;
  s.id = "S3";
  s.title = "Ferry service resumes";
  s.articles = {"harbour_07", "harbour_09"};
  Claim c;
  c.id = "S3.C1";
  c.text = "Boats sail again.";
  c.articles = {"harbour_07"};
  c.attributions.push_back({"harbour_07", 2, "Boats sail again, he said.",
                            "the harbour master", "harbour master",
                            "port office", true, "said", "root", 0});
  c.origins.push_back({"the harbour master",
                       "port office",
                       true,
                       {"harbour_07"},
                       "person",
                       "first root"});
  c.independent_origins = 1;
  c.verdict = "single_anonymous_source";
  c.explanation = "One unnamed source.";
  c.circular = true;
  c.reasons = {"single anonymous source"};
  c.timeline.push_back(
      {"2031-03-04", true, "inferred", "harbour_07", 2, "first_appearance", 0});
  s.claims.push_back(c);
  s.graph.nodes.push_back({"n1", "Coastal Daily", "outlet"});
  s.graph.edges.push_back({"n1", "n2", "reported", "harbour_07", -1});
  return s;
}

TEST(AnalysisCodec, StoriesAndReuseSurviveTheRoundTrip) {
  const Story story = FullStory();
  const Reuse reuse{"harbour_07", "harbour_09", 0.625, {{1, 2, 0.75}}};
  std::string bytes;
  EncodeStory(story, &bytes);
  EncodeReuse(reuse, &bytes);
  size_t pos = 0;
  Story story_copy;
  Reuse reuse_copy;
  ASSERT_TRUE(DecodeStory(bytes, &pos, &story_copy));
  ASSERT_TRUE(DecodeReuse(bytes, &pos, &reuse_copy));
  EXPECT_EQ(pos, bytes.size());
  EXPECT_EQ(util::StoryToJson(story_copy), util::StoryToJson(story));
  EXPECT_EQ(util::ReuseToJson(reuse_copy), util::ReuseToJson(reuse));
  EXPECT_EQ(story_copy.claims.at(0).timeline.at(0).date_note, "inferred");
  // A cut story is refused.
  pos = 0;
  EXPECT_FALSE(
      DecodeStory(bytes.substr(0, bytes.size() / 3), &pos, &story_copy));
}

TEST(ArticleCodec, RefusesCutInput) {
  std::string bytes;
  EncodeArticle(FullArticle(), &bytes);
  for (size_t cut :
       {size_t{0}, size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    size_t pos = 0;
    Article article;
    EXPECT_FALSE(DecodeArticle(bytes.substr(0, cut), &pos, &article)) << cut;
  }
}

TEST(ArticleCodec, RefusesALengthBeyondTheEnd) {
  std::string bytes;
  EncodeArticle(FullArticle(), &bytes);
  // The id's length is the first 8 bytes: make it huge.
  for (size_t i = 0; i < 8; ++i) bytes[i] = '\x7f';
  size_t pos = 0;
  Article article;
  EXPECT_FALSE(DecodeArticle(bytes, &pos, &article));
}

}  // namespace
}  // namespace corroborate::pipeline
