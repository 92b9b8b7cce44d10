// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include <string>

#include <gtest/gtest.h>

#include "corroborate/report.h"

#include "report/html_article.h"
#include "report/html_escape.h"
#include "report/html_graph.h"
#include "report/html_timeline.h"

namespace corroborate::report {
namespace {

// A two-paragraph article: a byline (boilerplate) and one body sentence
// "Harbour officials said the ferry ran aground." with one attribution.
Article FerryArticle(const std::string& id, const std::string& date) {
  Article a;
  a.id = id;
  a.title = "Ferry runs aground";
  a.date = date;
  a.site = "Coast Gazette";
  a.language = "en";
  a.quality = 0.9;
  a.paragraphs.push_back({.text = "By Staff",
                          .boilerplate = true,
                          .reason = BoilerplateReason::kByline});
  a.paragraphs.push_back(
      {.text = "Harbour officials said the ferry ran aground."});
  a.sentences.push_back(
      {.paragraph = 1, .begin = 0, .end = 45, .text = a.paragraphs[1].text});
  a.attributions.push_back({.sentence = 0,
                            .source = "Harbour officials",
                            .cue = "said",
                            .content = "the ferry ran aground"});
  return a;
}

TEST(HtmlEscape, EscapesMarkupCharacters) {
  EXPECT_EQ(HtmlEscape("<a href=\"x\">Tom & 'Jo'</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jo&#39;&lt;/a&gt;");
  EXPECT_EQ(HtmlEscape("plain caf\xC3\xA9"), "plain caf\xC3\xA9");
}

TEST(UrlEncode, KeepsUnreservedOnly) {
  EXPECT_EQ(UrlEncode("S1.C2"), "S1.C2");
  EXPECT_EQ(UrlEncode("a b/../c"), "a%20b%2F..%2Fc");
}

TEST(FindHighlights, LocatesSourceCueAndContent) {
  Article a = FerryArticle("f1", "2024-03-02");
  std::vector<Highlight> h = FindHighlights(a, 1);
  ASSERT_EQ(h.size(), 3u);
  EXPECT_EQ(h[0].css_class, "src");
  EXPECT_EQ(h[0].begin, 0u);
  EXPECT_EQ(h[0].end, 17u);
  EXPECT_EQ(h[1].css_class, "cue");
  EXPECT_EQ(h[2].css_class, "content");
  EXPECT_EQ(a.paragraphs[1].text.substr(h[2].begin, h[2].end - h[2].begin),
            "the ferry ran aground");
}

TEST(FindHighlights, SkipsStringsNotInTheSentence) {
  Article a = FerryArticle("f1", "");
  a.attributions[0].source = "The port authority";  // resolved, not verbatim
  std::vector<Highlight> h = FindHighlights(a, 1);
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].css_class, "cue");
  EXPECT_TRUE(FindHighlights(a, 0).empty());  // boilerplate: no sentence
}

TEST(FindHighlights, PrefersTheAnalysersSpans) {
  Article a = FerryArticle("f1", "");
  a.attributions[0].source = "The port authority";  // resolved elsewhere
  // "Harbour officials" (0..17) and "said" (18..22), the content in two
  // pieces; a span of paragraph 0 belongs there, one past the end nowhere.
  a.attributions[0].source_spans = {{1, 0, 17}, {0, 0, 2}};
  a.attributions[0].cue_spans = {{1, 18, 22}, {1, 40, 999}};
  a.attributions[0].content_spans = {{1, 23, 32}, {1, 33, 44}};
  std::vector<Highlight> h = FindHighlights(a, 1);
  ASSERT_EQ(h.size(), 4u);
  EXPECT_EQ(h[0].css_class, "src");
  EXPECT_EQ(h[1].css_class, "cue");
  EXPECT_EQ(h[2].css_class, "content");
  EXPECT_EQ(h[3].begin, 33u);
  EXPECT_EQ(FindHighlights(a, 0).size(), 1u);  // the span in paragraph 0
}

TEST(EscapeMarkingDamage, MarksReplacementAndMojibakeOnly) {
  std::string marked = EscapeMarkingDamage("caf\xEF\xBF\xBD <b>");
  EXPECT_NE(marked.find("<mark class=\"dmg\""), std::string::npos);
  EXPECT_NE(marked.find("&lt;b&gt;"), std::string::npos);
  // "Ã©" is UTF-8 "é" read as Latin-1.
  EXPECT_NE(EscapeMarkingDamage("caf\xC3\x83\xC2\xA9").find("dmg"),
            std::string::npos);
  // Proper accented letters are not damage.
  EXPECT_EQ(EscapeMarkingDamage("Caf\xC3\xA9 \xC3\x84rger"),
            "Caf\xC3\xA9 \xC3\x84rger");
}

TEST(ArticleHtml, GreysBoilerplateAndShowsMetadata) {
  std::string html = ArticleHtml(FerryArticle("f1", "2024-03-02"));
  EXPECT_NE(html.find("class=\"bp\""), std::string::npos);
  EXPECT_NE(html.find("byline"), std::string::npos);
  EXPECT_NE(html.find("language: en"), std::string::npos);
  EXPECT_NE(html.find("quality 0.90"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"src\">Harbour officials</span>"),
            std::string::npos);
  EXPECT_EQ(html.find("low quality"), std::string::npos);
}

Claim TwoOutletClaim() {
  Claim c;
  c.id = "S1.C1";
  c.text = "The ferry ran aground.";
  c.articles = {"f1", "f2"};
  c.attributions = {
      {.article = "f1", .source = "Harbour officials", .cue = "said"},
      {.article = "f2",
       .source = "a crew member",
       .anonymous = true,
       .cue = "told"}};
  c.origins = {
      {.source = "Harbour officials", .articles = {"f1"}},
      {.source = "a crew member", .anonymous = true, .articles = {"f2"}}};
  c.independent_origins = 2;
  c.verdict = "multiple_independent_sources";
  return c;
}

TEST(SourceGraph, LayersOutletsSourcesAndRoots) {
  std::vector<Article> articles = {FerryArticle("f1", "2024-03-02"),
                                   FerryArticle("f2", "2024-03-03"),
                                   FerryArticle("other", "2024-03-01")};
  std::vector<Reuse> reuse = {{.from = "f1", .to = "f2"},
                              {.from = "other", .to = "f1"}};
  Analysis analysis{.articles = articles, .reuse = reuse};
  SourceGraph g = BuildSourceGraph(TwoOutletClaim(), AnalysisIndex(analysis));
  int per_layer[3] = {0, 0, 0};
  int anonymous = 0;
  for (const GraphNode& n : g.nodes) {
    ++per_layer[n.layer];
    anonymous += n.anonymous;
  }
  EXPECT_EQ(per_layer[0], 2);  // "other" is not part of the claim
  EXPECT_EQ(per_layer[1], 2);
  EXPECT_EQ(per_layer[2], 2);
  EXPECT_EQ(anonymous, 2);  // the crew member as source and as root
  int copies = 0;
  for (const GraphEdge& e : g.edges) copies += e.copy;
  EXPECT_EQ(copies, 1);
  EXPECT_EQ(g.edges.size(), 5u);  // 2 outlet->source, 2 source->root, 1 copy
  // A person's role shows in the source's tooltip.
  Claim with_role = TwoOutletClaim();
  with_role.attributions[0].source = "Ana Ruiz";
  with_role.attributions[0].source_role = "harbour master";
  SourceGraph roles = BuildSourceGraph(with_role, AnalysisIndex(analysis));
  bool role_shown = false;
  for (const GraphNode& n : roles.nodes)
    role_shown = role_shown || n.tooltip == "Ana Ruiz, harbour master (said)";
  EXPECT_TRUE(role_shown);
  std::string svg = SourceGraphSvg(g);
  EXPECT_NE(svg.find("edge copy"), std::string::npos);
  EXPECT_NE(svg.find("node source anon"), std::string::npos);
}

TEST(Timeline, OrdersByDateAndClassifiesEvents) {
  std::vector<Article> articles = {FerryArticle("f1", "2024-03-05"),
                                   FerryArticle("f2", "2024-03-03"),
                                   FerryArticle("f3", "")};
  articles[0].signals.push_back({.kind = "denied", .sentence = 0});
  Claim c = TwoOutletClaim();
  c.articles.push_back("f3");
  c.attributions.push_back({.article = "f3", .source = "a crew member"});
  c.origins[1].articles.push_back("f3");
  Analysis analysis{.articles = articles};
  std::vector<TimelineEvent> events = BuildTimeline(c, AnalysisIndex(analysis));
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].article, "f2");
  EXPECT_EQ(events[0].kind, "first");
  EXPECT_EQ(events[1].article, "f1");
  EXPECT_EQ(events[1].kind, "denial");
  EXPECT_EQ(events[2].article, "f3");
  EXPECT_EQ(events[2].date, "");
  EXPECT_EQ(events[2].kind, "repeat");  // same root as f2
  std::string html = TimelineHtml(events);
  EXPECT_NE(html.find("Undated"), std::string::npos);
  EXPECT_NE(html.find("<circle class=\"ev first\""), std::string::npos);
}

TEST(Timeline, UndatedOnlyStillHasAFirstReport) {
  std::vector<Article> articles = {FerryArticle("f1", ""),
                                   FerryArticle("f2", "")};
  Analysis analysis{.articles = articles};
  std::vector<TimelineEvent> events =
      BuildTimeline(TwoOutletClaim(), AnalysisIndex(analysis));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].kind, "first");
  EXPECT_EQ(events[1].kind, "confirmation");  // a second, independent root
  EXPECT_EQ(TimelineHtml(events).find("<svg"), std::string::npos);
}

TEST(SourceGraph, FollowsResolvedOrigins) {
  Claim c = TwoOutletClaim();
  // Corroborate says f1's attribution leads to the crew member's root, which
  // names cannot tell; the guess by name would have picked root 0.
  c.attributions[0].origin = 1;
  c.attributions[1].origin = 1;
  Analysis empty;
  SourceGraph g = BuildSourceGraph(c, AnalysisIndex(empty));
  int into_first_root = 0, into_second_root = 0;
  for (const GraphEdge& e : g.edges) {
    into_first_root += g.nodes[e.to].key == "r:0";
    into_second_root += g.nodes[e.to].key == "r:1";
  }
  EXPECT_EQ(into_first_root, 0);
  EXPECT_EQ(into_second_root, 2);
}

TEST(Timeline, UsesTheClaimsOwnTimeline) {
  std::vector<Article> articles = {FerryArticle("f1", "2024-03-05"),
                                   FerryArticle("f2", "2024-03-03")};
  Claim c = TwoOutletClaim();
  c.timeline = {{.date = "2024-03-01",
                 .date_inferred = true,
                 .date_note = "'last Friday' in the article of 2024-03-05",
                 .article = "f1",
                 .event = "first_appearance",
                 .origin = 0},
                {.date = "", .article = "f2", .event = "dispute"},
                {.date = "2024-03-03",
                 .article = "f2",
                 .event = "independent_confirmation",
                 .origin = 1}};
  Analysis analysis{.articles = articles};
  std::vector<TimelineEvent> events = BuildTimeline(c, AnalysisIndex(analysis));
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].kind, "first");
  EXPECT_TRUE(events[0].date_inferred);
  EXPECT_EQ(events[0].source, "Harbour officials");
  EXPECT_EQ(events[1].kind, "confirmation");
  EXPECT_EQ(events[1].source, "a crew member");
  EXPECT_EQ(events[2].kind, "dispute");  // undated: last
  std::string html = TimelineHtml(events);
  EXPECT_NE(html.find("~2024-03-01"), std::string::npos);
  EXPECT_NE(html.find("last Friday"), std::string::npos);
}

TEST(Timeline, ShowsThePersonsRole) {
  std::vector<Article> articles = {FerryArticle("f1", "2024-03-05"),
                                   FerryArticle("f2", "2024-03-03")};
  Analysis analysis{.articles = articles};
  Claim c = TwoOutletClaim();
  c.attributions[0].source = "Ana Ruiz";
  c.attributions[0].source_role = "harbour master";
  c.origins[0].source = "Ana Ruiz";
  // Without the claim's own timeline (one event per article) and with it
  // (the origin names the source; the attribution of its sentence the role).
  for (bool own : {false, true}) {
    if (own) {
      c.timeline = {{.date = "2024-03-05",
                     .article = "f1",
                     .event = "first_appearance",
                     .origin = 0}};
    }
    std::vector<TimelineEvent> events =
        BuildTimeline(c, AnalysisIndex(analysis));
    bool shown = false;
    for (const TimelineEvent& e : events)
      shown = shown || e.source == "Ana Ruiz, harbour master";
    EXPECT_TRUE(shown) << (own ? "claim timeline" : "per article");
    EXPECT_NE(TimelineHtml(events).find("Ana Ruiz, harbour master"),
              std::string::npos);
  }
}

TEST(Timeline, DaysFromIsoDate) {
  long d = 0;
  ASSERT_TRUE(DaysFromIsoDate("1970-01-02", &d));
  EXPECT_EQ(d, 1);
  ASSERT_TRUE(DaysFromIsoDate("2000-03-01T10:00:00Z", &d));
  EXPECT_EQ(d, 11017);
  EXPECT_FALSE(DaysFromIsoDate("yesterday", &d));
  EXPECT_FALSE(DaysFromIsoDate("2024-13-01", &d));
}

TEST(ToHtml, ShowsInjectedMarkupAsText) {
  Analysis analysis;
  Article a = FerryArticle("f1", "2024-03-02");
  a.title = "<script>alert(1)</script>";
  a.paragraphs[1].text += " <img src=x onerror=alert(2)>";
  analysis.articles.push_back(a);
  Story s{.id = "S1", .title = a.title, .articles = {"f1"}};
  Claim c = TwoOutletClaim();
  c.text = "<script>alert(3)</script>";
  s.claims.push_back(c);
  analysis.stories.push_back(s);
  std::string html = ToHtml(analysis);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(3)"), std::string::npos);
  EXPECT_NE(html.find("<svg class=\"graph\""), std::string::npos);
  EXPECT_NE(html.find("<style>"), std::string::npos);  // inline style sheet
  EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org/2000/svg"));
}

}  // namespace
}  // namespace corroborate::report
