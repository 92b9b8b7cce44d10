// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extract/html/metadata_reader.h"

#include <string>

#include <gtest/gtest.h>

#include "extract/html/json_ld_reader.h"

namespace corroborate::extract_html {
namespace {

PageMetadata Read(const std::string& html, std::string_view url = "") {
  GumboOutput* output = gumbo_parse(html.c_str());
  PageMetadata metadata = ReadMetadata(output->document, url);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return metadata;
}

TEST(StripSiteSuffixTest, RemovesKnownSiteName) {
  EXPECT_EQ(StripSiteSuffix("Bakery wins award | Town Herald", "Town Herald"),
            "Bakery wins award");
  EXPECT_EQ(StripSiteSuffix("Rail strike called off - Metro Daily", ""),
            "Rail strike called off");
}

TEST(StripSiteSuffixTest, KeepsTitleWhenTailIsTheHeadline) {
  // The segment after the dash is longer, so it is not a site name.
  EXPECT_EQ(
      StripSiteSuffix("Q&A - Why the river flooded twice in one week", ""),
      "Q&A - Why the river flooded twice in one week");
  EXPECT_EQ(StripSiteSuffix("No separator here", "Here"), "No separator here");
}

TEST(NormalizeDateTest, TakesLeadingIsoDate) {
  EXPECT_EQ(NormalizeDate("2020-06-30T12:00:00+02:00"), "2020-06-30");
  EXPECT_EQ(NormalizeDate("June 30, 2020"), "");
}

TEST(DateFromUrlTest, FindsPathDate) {
  EXPECT_EQ(DateFromUrl("https://x.example/2018/04/07/dam-opens/"),
            "2018-04-07");
  EXPECT_EQ(DateFromUrl("https://x.example/2018/13/07/"), "");
  EXPECT_EQ(DateFromUrl("https://x.example/items/1234/56/78/"), "");
}

TEST(JsonLdTest, FindsArticleInGraph) {
  JsonLdArticle article = ReadJsonLd(R"({"@graph":[
      {"@type":"WebSite","name":"Hill Notes"},
      {"@type":["BlogPosting"],"headline":"Spring walk",
       "author":[{"name":"Ana Ruiz"},{"name":"Tom Bell"}],
       "datePublished":"2017-05-02","publisher":{"name":"Hill Notes"}}]})");
  EXPECT_EQ(article.headline, "Spring walk");
  EXPECT_EQ(article.author, "Ana Ruiz and Tom Bell");
  EXPECT_EQ(article.published, "2017-05-02");
  EXPECT_EQ(article.publisher, "Hill Notes");
}

TEST(JsonLdTest, MalformedOrOtherTypesGiveNothing) {
  EXPECT_EQ(ReadJsonLd("{\"@type\": \"NewsArticle\", ").headline, "");
  EXPECT_EQ(ReadJsonLd(R"({"@type":"Organization","name":"X"})").publisher, "");
}

TEST(ReadMetadataTest, MetaTagsAndFallbacks) {
  PageMetadata metadata = Read(
      R"(<html lang="fr-CA"><head><title>Le marché ouvre :: Voix Locale</title>
      <meta name="author" content="Claire Dubois">
      <meta name="description" content="Un nouveau marché.">
      </head><body><time datetime="2016-09-12T07:00">12 sept.</time>
      </body></html>)",
      "https://voix.example/a");
  EXPECT_EQ(metadata.title, "Le marché ouvre");
  EXPECT_EQ(metadata.byline, "Claire Dubois");
  EXPECT_EQ(metadata.date, "2016-09-12");
  EXPECT_EQ(metadata.language, "fr");
  EXPECT_EQ(metadata.description, "Un nouveau marché.");
  EXPECT_EQ(metadata.canonical, "");
}

TEST(ReadMetadataTest, FirstNonEmptyHeadingAndAuthorWin) {
  // An empty <h1> does not count; the first one with text does, also when
  // later ones (nested or not) follow. rel/itemprop match in any case.
  PageMetadata metadata = Read(R"(<html><body><h1>  </h1>
      <h1>Orchard harvest <h1>starts early</h1></h1><h1>Later heading</h1>
      <a rel="AUTHORS" href="/u/x">Not An Author</a>
      <span itemprop="Author">Lee Moss</span>
      <span itemprop="author">Second Name</span></body></html>)");
  EXPECT_EQ(metadata.title, "Orchard harvest");
  EXPECT_EQ(metadata.byline, "Lee Moss");
}

TEST(ReadMetadataTest, RelAuthorAndUrlDate) {
  PageMetadata metadata = Read(R"(<html><body><h1>Seed swap draws crowd</h1>
      <a rel="author" href="/u/jo">Jo Park</a></body></html>)",
                               "https://garden.example/2015/03/21/seed-swap");
  EXPECT_EQ(metadata.title, "Seed swap draws crowd");
  EXPECT_EQ(metadata.byline, "Jo Park");
  EXPECT_EQ(metadata.date, "2015-03-21");
  EXPECT_EQ(metadata.language, "");
}

}  // namespace
}  // namespace corroborate::extract_html
