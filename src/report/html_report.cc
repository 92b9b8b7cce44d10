// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/report.h"

#include "report/html_views.h"

namespace corroborate {

std::string ToHtml(const Analysis& analysis) {
  report::HtmlLinks links{.single_page = true};
  report::AnalysisIndex index(analysis);
  std::string body =
      "<header class=\"top\"><a href=\"#top\">corroborate report</a></header>"
      "<main id=\"top\"><h1>Stories</h1>";
  body += "<p class=\"muted\">" + std::to_string(analysis.articles.size()) +
          " article(s), " + std::to_string(analysis.stories.size()) +
          " stories.</p>" + report::StoryListHtml(analysis, links) +
          report::LegendHtml();
  for (const Story& story : analysis.stories) {
    body += report::StoryHtml(story, index, links, /*with_articles=*/true);
  }
  return report::HtmlPage("corroborate report", body + "</main>");
}

}  // namespace corroborate
