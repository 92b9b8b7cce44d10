// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/extract.h"

namespace corroborate {
namespace {

std::vector<std::string> Body(const Article& article) {
  std::vector<std::string> body;
  for (const Paragraph& paragraph : article.paragraphs) {
    if (!paragraph.boilerplate) body.push_back(paragraph.text);
  }
  return body;
}

// Returns the reason of the paragraph whose text is `text` and sets
// `*found`; kNone with *found = false if there is no such paragraph.
BoilerplateReason ReasonOf(const Article& article, const std::string& text,
                           bool* found) {
  for (const Paragraph& paragraph : article.paragraphs) {
    if (paragraph.text == text) {
      *found = true;
      return paragraph.reason;
    }
  }
  *found = false;
  return BoilerplateReason::kNone;
}

const char kP1[] =
    "The harbour authority reopened the northern pier on Tuesday, three "
    "weeks after a storm surge tore away its wooden decking and flooded "
    "the fish market behind it.";
const char kP2[] =
    "Engineers replaced the decking with recycled composite boards, which "
    "the authority says will last twice as long, and raised the walkway "
    "by forty centimetres.";
const char kP3[] =
    "Fishing crews, who had been unloading at a temporary jetty, welcomed "
    "the reopening, although several said the repairs had taken far longer "
    "than promised.";

std::string NewsPage() {
  return std::string(R"(<!DOCTYPE html><html lang="en-GB"><head>
<title>Northern pier reopens after storm repairs | Coastal Courier</title>
<meta property="og:site_name" content="Coastal Courier">
<link rel="canonical" href="https://courier.example/news/pier-reopens">
<script type="application/ld+json">{"@context":"https://schema.org",
 "@type":"NewsArticle","headline":"Northern pier reopens after storm repairs",
 "author":[{"@type":"Person","name":"Mira Okafor"}],
 "datePublished":"2021-03-09T08:15:00Z",
 "publisher":{"@type":"Organization","name":"Coastal Courier"}}</script>
</head><body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience on our site.</div>
<main><article class="story">
<h1>Northern pier reopens after storm repairs</h1>
<div class="share-bar"><a href="/s/fb">Share on Facebook</a> <a href="/s/tw">Tweet</a></div>
<figure><img src="pier.jpg"><figcaption>Workers fit the last boards of the new walkway.</figcaption></figure>
<div class="article-body"><p>)") +
         kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + R"(</p></div>
<section class="comments"><h3>Comments</h3>
<p>I walked there yesterday and the new boards feel solid, great job everyone involved in the work.</p></section>
</article>
<aside class="related-stories"><h2>Related</h2><ul>
<li><a href="/a">Lighthouse keeper retires after forty years of service on the cape</a></li>
<li><a href="/b">Ferry timetable changes for the winter season announced today</a></li></ul></aside>
</main><footer><p>Contact us at the newsroom. All rights reserved.</p></footer>
</body></html>)";
}

TEST(ExtractHtmlArticleTest, KeepsArticleParagraphsInOrder) {
  Article article = ExtractHtmlArticle(NewsPage(), "https://courier.example/x");
  EXPECT_EQ(Body(article), (std::vector<std::string>{kP1, kP2, kP3}));
}

TEST(ExtractHtmlArticleTest, RemovesFurnitureWithReasons) {
  Article article = ExtractHtmlArticle(NewsPage(), "");
  bool found = false;
  EXPECT_EQ(ReasonOf(article, "Home", &found), BoilerplateReason::kNavigation);
  EXPECT_TRUE(found);
  EXPECT_EQ(ReasonOf(article,
                     "We use cookies to improve your experience on our site.",
                     &found),
            BoilerplateReason::kNavigation);
  EXPECT_TRUE(found);
  EXPECT_EQ(ReasonOf(article, "Share on Facebook Tweet", &found),
            BoilerplateReason::kNavigation);
  EXPECT_TRUE(found);
  EXPECT_EQ(ReasonOf(article, "Workers fit the last boards of the new walkway.",
                     &found),
            BoilerplateReason::kPhotoCaption);
  EXPECT_TRUE(found);
  EXPECT_EQ(ReasonOf(article,
                     "Ferry timetable changes for the winter season announced "
                     "today",
                     &found),
            BoilerplateReason::kRelatedLink);
  EXPECT_TRUE(found);
  ReasonOf(article, "Contact us at the newsroom. All rights reserved.", &found);
  EXPECT_TRUE(found);
  for (const std::string& text : Body(article)) {
    EXPECT_EQ(text.find("new boards feel solid"), std::string::npos);
  }
}

TEST(ExtractHtmlArticleTest, HeadlineIsTitleNotParagraph) {
  Article article = ExtractHtmlArticle(NewsPage(), "");
  EXPECT_EQ(article.title, "Northern pier reopens after storm repairs");
  for (const Paragraph& paragraph : article.paragraphs) {
    EXPECT_NE(paragraph.text, article.title);
  }
}

TEST(ExtractHtmlArticleTest, ReadsMetadata) {
  Article article = ExtractHtmlArticle(NewsPage(), "https://courier.example/x");
  EXPECT_EQ(article.url, "https://courier.example/news/pier-reopens");
  EXPECT_EQ(article.byline, "Mira Okafor");
  EXPECT_EQ(article.date, "2021-03-09");
  EXPECT_EQ(article.site, "Coastal Courier");
  EXPECT_EQ(article.language, "en");
  EXPECT_EQ(article.paragraphs[0].first_line, 0);
}

TEST(ExtractHtmlArticleTest, PageWithoutArticleHasNoBody) {
  Article article = ExtractHtmlArticle(
      "<html><body><nav><a href='/'>Home</a> <a href='/map'>Map</a></nav>"
      "<footer>Terms</footer></body></html>",
      "https://example.org/");
  EXPECT_TRUE(Body(article).empty());
  EXPECT_EQ(article.url, "https://example.org/");
}

TEST(ExtractHtmlArticleTest, EmptyInput) {
  Article article = ExtractHtmlArticle("", "");
  EXPECT_TRUE(article.paragraphs.empty());
  EXPECT_EQ(article.title, "");
}

TEST(ExtractHtmlArticleTest, MalformedHtmlStillYieldsParagraphs) {
  // Unclosed <p>, <div> and <b>; a stray </span>.
  std::string page = std::string("<html><body><div class=content><p>") + kP1 +
                     "<p><b>" + kP2 + "</span><p>" + kP3;
  std::vector<std::string> body = Body(ExtractHtmlArticle(page, ""));
  ASSERT_EQ(body.size(), 3u);
  EXPECT_EQ(body[0], kP1);
  EXPECT_EQ(body[2], kP3);
}

TEST(ExtractHtmlArticleTest, DeepNestingDoesNotOverflow) {
  std::string page = "<html><body>";
  for (int i = 0; i < 10000; ++i) page += "<div>";
  page += std::string("<p>") + kP1 + "</p>";
  for (int i = 0; i < 10000; ++i) page += "</div>";
  page += "</body></html>";
  std::vector<std::string> body = Body(ExtractHtmlArticle(page, ""));
  ASSERT_EQ(body.size(), 1u);
  EXPECT_EQ(body[0], kP1);
}

TEST(ExtractHtmlArticleTest, WrapperNamedLikeFurnitureIsNotFurniture) {
  // The whole page sits in a class with an "ad" word; the share bar inside
  // the article still goes.
  std::string page =
      std::string(
          "<html><body><div class='layout-ad-gutter'>"
          "<div class='sidebar'><a href='/x'>Weather</a></div>"
          "<div><div class='share-tools'>Share this story</div><p>") +
      kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 +
      "</p></div></div></body></html>";
  Article article = ExtractHtmlArticle(page, "");
  EXPECT_EQ(Body(article), (std::vector<std::string>{kP1, kP2, kP3}));
  bool found = false;
  EXPECT_EQ(ReasonOf(article, "Share this story", &found),
            BoilerplateReason::kNavigation);
  EXPECT_TRUE(found);
}

TEST(ExtractHtmlArticleTest, BrSeparatesParagraphs) {
  std::string page = std::string("<html><body><div class=post-text>") + kP1 +
                     "<br><br>" + kP2 + "</div></body></html>";
  EXPECT_EQ(Body(ExtractHtmlArticle(page, "")),
            (std::vector<std::string>{kP1, kP2}));
}

TEST(ExtractHtmlArticleTest, ScriptsAndHiddenTextAreSkipped) {
  std::string page = std::string("<html><body><div class=entry><p>") + kP1 +
                     "</p><script>var tracking = 1;</script>"
                     "<p style='display: none'>Hidden promo text here.</p>"
                     "<p>" +
                     kP2 + "</p></div></body></html>";
  EXPECT_EQ(Body(ExtractHtmlArticle(page, "")),
            (std::vector<std::string>{kP1, kP2}));
}

}  // namespace
}  // namespace corroborate
