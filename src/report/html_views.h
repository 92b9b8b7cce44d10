// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The building blocks of the HTML views, shared by the one-file report
// (ToHtml) and the web app (src/serve): a page shell with the embedded
// style sheet, the story list, a story with its claims table, a claim with
// its source graph and timeline, and a legend. Every string from the input is
// escaped.

#pragma once

#include <string>

#include "corroborate/article.h"

#include "report/html_index.h"

namespace corroborate::report {

// How views link to each other: within one page (#story-S1) for the report,
// or to separate pages (/stories/S1) for the web app.
struct HtmlLinks {
  bool single_page = true;
  std::string Story(const std::string& id) const;
  std::string Claim(const std::string& id) const;
  std::string Article(const std::string& id) const;
};

// A complete HTML document: <head> with `title`, the inline style sheet and
// `head_extra` (raw HTML, e.g. a <script>), then `body` (raw HTML).
std::string HtmlPage(const std::string& title, const std::string& body,
                     const std::string& head_extra = "");

// The style sheet (html_style.css) as embedded at build time.
std::string StyleSheet();

// A table of all stories: id, title, articles, claims, verdict counts.
std::string StoryListHtml(const Analysis& analysis, const HtmlLinks& links);

// One story: its claims table, each claim (ClaimHtml) and, if
// `with_articles`, each of its articles (ArticleHtml).
std::string StoryHtml(const Story& story, const AnalysisIndex& index,
                      const HtmlLinks& links, bool with_articles);

// One claim: text, verdict, explanation, source graph, timeline.
std::string ClaimHtml(const Claim& claim, const AnalysisIndex& index,
                      const HtmlLinks& links);

// A verdict as a coloured badge ("single anonymous source").
std::string VerdictBadge(const std::string& verdict);

// What the colours of the article view mean.
std::string LegendHtml();

}  // namespace corroborate::report
