// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "serve/pages.h"

#include <algorithm>

#include "report/html_article.h"
#include "report/html_escape.h"
#include "report/html_views.h"

namespace corroborate::serve {
namespace {

using report::HtmlEscape;

const report::HtmlLinks kLinks{.single_page = false};

std::string Page(const std::string& title, const std::string& main,
                 const std::string& query = "") {
  std::string top =
      "<header class=\"top\"><a href=\"/\">corroborate</a>"
      "<form action=\"/search\" method=\"get\" role=\"search\">"
      "<input type=\"search\" name=\"q\" id=\"search-q\" placeholder=\"Search "
      "articles and claims\" value=\"" +
      HtmlEscape(query) +
      "\"><button type=\"submit\">Search</button></form></header>";
  return report::HtmlPage(title, top + "<main>" + main + "</main>",
                          "<script src=\"/assets/app.js\" defer></script>");
}

std::string UploadForm(bool token_required) {
  std::string out =
      "<h2>Add an article</h2><form class=\"upload\" id=\"upload-form\">"
      "<label for=\"upload-id\">Id (optional)</label>"
      "<input type=\"text\" id=\"upload-id\" name=\"id\">"
      "<label for=\"upload-title\">Title</label>"
      "<input type=\"text\" id=\"upload-title\" name=\"title\" required>"
      "<label for=\"upload-date\">Date (YYYY-MM-DD, optional)</label>"
      "<input type=\"text\" id=\"upload-date\" name=\"date\">"
      "<label for=\"upload-source\">Outlet (optional)</label>"
      "<input type=\"text\" id=\"upload-source\" name=\"source\">"
      "<label for=\"upload-text\">Text (paragraphs separated by blank "
      "lines), or a .txt file</label>"
      "<textarea id=\"upload-text\" name=\"text\"></textarea>"
      "<input type=\"file\" id=\"upload-file\" accept=\".txt,text/plain\">";
  if (token_required) {
    out +=
        "<label for=\"upload-token\">Token</label><input type=\"password\" "
        "id=\"upload-token\" name=\"token\">";
  }
  return out +
         "<p><button type=\"submit\" id=\"upload-submit\">Add and "
         "analyse</button><span id=\"upload-status\"></span></p></form>";
}

const Story* FindStory(const Analysis& analysis, const std::string& id) {
  for (const Story& s : analysis.stories) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

}  // namespace

std::string IndexPage(const Analysis& analysis, bool token_required) {
  std::string main =
      "<h1>Stories</h1><p class=\"muted\">" +
      std::to_string(analysis.articles.size()) + " article(s) in " +
      std::to_string(analysis.stories.size()) + " story(ies).</p>" +
      report::StoryListHtml(analysis, kLinks) + UploadForm(token_required);
  return Page("corroborate", main);
}

std::string StoryPage(const Analysis& analysis, const std::string& id) {
  const Story* story = FindStory(analysis, id);
  if (!story) return "";
  return Page(story->id + ": " + story->title,
              report::LegendHtml() +
                  report::StoryHtml(*story, report::AnalysisIndex(analysis),
                                    kLinks, true));
}

std::string ClaimPage(const Analysis& analysis, const std::string& id) {
  for (const Story& s : analysis.stories) {
    for (const Claim& c : s.claims) {
      if (c.id != id) continue;
      std::string main =
          "<p><a href=\"" + HtmlEscape(kLinks.Story(s.id)) + "\">&larr; " +
          HtmlEscape(s.id + ": " + s.title) + "</a></p>" +
          report::LegendHtml() +
          report::ClaimHtml(c, report::AnalysisIndex(analysis), kLinks) +
          "<h3>Articles</h3>";
      for (const Article& a : analysis.articles) {
        if (std::find(c.articles.begin(), c.articles.end(), a.id) !=
            c.articles.end()) {
          main += report::ArticleHtml(a);
        }
      }
      return Page(c.id, main);
    }
  }
  return "";
}

std::string ArticlePage(const Analysis& analysis, const std::string& id) {
  for (const Article& a : analysis.articles) {
    if (a.id != id) continue;
    std::string story = StoryOfArticle(analysis, a.id);
    std::string back =
        story.empty() ? ""
                      : "<p><a href=\"" + HtmlEscape(kLinks.Story(story)) +
                            "\">&larr; story " + HtmlEscape(story) + "</a></p>";
    return Page(a.title, back + report::LegendHtml() + report::ArticleHtml(a));
  }
  return "";
}

std::string SearchPage(const std::string& query,
                       const std::vector<SearchHit>& hits) {
  std::string main = "<h1>Search: " + HtmlEscape(query) + "</h1><p class=\"" +
                     "muted\">" + std::to_string(hits.size()) + " hit(s)</p>";
  for (const SearchHit& h : hits) {
    std::string href =
        h.kind == "claim" ? kLinks.Claim(h.id) : kLinks.Article(h.id);
    main += "<div class=\"hit\"><span class=\"kind\">" + h.kind +
            "</span> <a href=\"" + HtmlEscape(href) + "\">" +
            HtmlEscape(h.title.empty() ? h.id : h.title) + "</a>" +
            (h.story.empty() ? ""
                             : " <span class=\"muted\">in " +
                                   HtmlEscape(h.story) + "</span>") +
            "<div class=\"muted\">" + HtmlEscape(h.snippet) + "</div></div>";
  }
  return Page("Search: " + query, main, query);
}

}  // namespace corroborate::serve
