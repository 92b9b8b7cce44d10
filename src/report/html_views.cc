// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "report/html_views.h"

#include <map>

#include "report/html_article.h"
#include "report/html_escape.h"
#include "report/html_graph.h"
#include "report/html_timeline.h"

namespace corroborate::embedded {
extern const char html_style_css[];
extern const unsigned long html_style_css_size;
}  // namespace corroborate::embedded

namespace corroborate::report {
namespace {

std::string Cell(const std::string& html, const char* cls = nullptr) {
  return cls ? "<td class=\"" + std::string(cls) + "\">" + html + "</td>"
             : "<td>" + html + "</td>";
}

std::string Link(const std::string& href, const std::string& text) {
  return "<a href=\"" + HtmlEscape(href) + "\">" + HtmlEscape(text) + "</a>";
}

std::string VerdictCounts(const Story& story) {
  std::map<std::string, int> counts;
  for (const Claim& c : story.claims) ++counts[c.verdict];
  std::string out;
  for (const auto& [verdict, n] : counts) {
    out += VerdictBadge(verdict) + " &times;" + std::to_string(n) + " ";
  }
  return out;
}

std::string ClaimsTable(const Story& story, const HtmlLinks& links) {
  std::string out =
      "<table class=\"claims\"><thead><tr><th>Claim</th><th>Text</th>"
      "<th>Verdict</th><th>Independent origins</th><th>Articles</th></tr>"
      "</thead><tbody>";
  for (const Claim& c : story.claims) {
    out += "<tr data-claim=\"" + HtmlEscape(c.id) + "\">" +
           Cell(Link(links.Claim(c.id), c.id)) + Cell(HtmlEscape(c.text)) +
           Cell(VerdictBadge(c.verdict) +
                (c.circular ? " <span class=\"badge\">circular</span>" : "")) +
           Cell(std::to_string(c.independent_origins), "num") +
           Cell(std::to_string(c.articles.size()), "num") + "</tr>";
  }
  return out + "</tbody></table>";
}

}  // namespace

std::string HtmlLinks::Story(const std::string& id) const {
  return single_page ? "#story-" + id : "/stories/" + UrlEncode(id);
}
std::string HtmlLinks::Claim(const std::string& id) const {
  return single_page ? "#claim-" + id : "/claims/" + UrlEncode(id);
}
std::string HtmlLinks::Article(const std::string& id) const {
  return single_page ? "#article-" + id : "/articles/" + UrlEncode(id);
}

std::string StyleSheet() {
  return std::string(embedded::html_style_css, embedded::html_style_css_size);
}

std::string HtmlPage(const std::string& title, const std::string& body,
                     const std::string& head_extra) {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\"><title>" +
         HtmlEscape(title) + "</title><style>" + StyleSheet() + "</style>" +
         head_extra + "</head><body>" + body + "</body></html>\n";
}

std::string VerdictBadge(const std::string& verdict) {
  std::string words = verdict.empty() ? "no verdict" : verdict;
  for (char& c : words) {
    if (c == '_') c = ' ';
  }
  return "<span class=\"verdict v-" + HtmlEscape(verdict) + "\">" +
         HtmlEscape(words) + "</span>";
}

std::string LegendHtml() {
  return "<p class=\"legend muted\">Articles: <span class=\"src\">source</span>"
         "<span class=\"cue\">cue</span><span class=\"content\">attributed "
         "content</span><mark class=\"dmg\">damaged</mark> boilerplate is "
         "greyed out. Graphs: outlets &rarr; sources &rarr; roots; dashed "
         "purple = copied text; dashed orange with ? = anonymous.</p>";
}

std::string StoryListHtml(const Analysis& analysis, const HtmlLinks& links) {
  std::string out =
      "<table class=\"stories\"><thead><tr><th>Story</th><th>Title</th>"
      "<th>Articles</th><th>Claims</th><th>Verdicts</th></tr></thead><tbody>";
  for (const Story& s : analysis.stories) {
    out += "<tr data-story=\"" + HtmlEscape(s.id) + "\">" +
           Cell(Link(links.Story(s.id), s.id)) +
           Cell(Link(links.Story(s.id), s.title.empty() ? s.id : s.title)) +
           Cell(std::to_string(s.articles.size()), "num") +
           Cell(std::to_string(s.claims.size()), "num") +
           Cell(VerdictCounts(s)) + "</tr>";
  }
  return out + "</tbody></table>";
}

std::string ClaimHtml(const Claim& claim, const AnalysisIndex& index,
                      const HtmlLinks& links) {
  std::string out =
      "<section class=\"claim\" id=\"claim-" + HtmlEscape(claim.id) +
      "\" data-claim=\"" + HtmlEscape(claim.id) + "\"><h3>" +
      Link(links.Claim(claim.id), claim.id) + " " +
      VerdictBadge(claim.verdict) + " <span class=\"muted\">" +
      std::to_string(claim.independent_origins) +
      " independent origin(s)</span></h3><p>" + HtmlEscape(claim.text) + "</p>";
  if (!claim.explanation.empty()) {
    out += "<p class=\"explanation\">" + HtmlEscape(claim.explanation) + "</p>";
  }
  if (!claim.reasons.empty()) {
    out += "<ul class=\"reasons\">";
    for (const std::string& r : claim.reasons) {
      out += "<li>" + HtmlEscape(r) + "</li>";
    }
    out += "</ul>";
  }
  out +=
      "<h4>Source graph</h4>" + SourceGraphSvg(BuildSourceGraph(claim, index));
  out += "<h4>Timeline</h4>" + TimelineHtml(BuildTimeline(claim, index));
  return out + "</section>";
}

std::string StoryHtml(const Story& story, const AnalysisIndex& index,
                      const HtmlLinks& links, bool with_articles) {
  std::string out = "<section class=\"story\" id=\"story-" +
                    HtmlEscape(story.id) + "\" data-story=\"" +
                    HtmlEscape(story.id) + "\"><h2>" + HtmlEscape(story.id) +
                    ": " + HtmlEscape(story.title) + "</h2>";
  out += "<p class=\"muted\">" + std::to_string(story.articles.size()) +
         " article(s), " + std::to_string(story.claims.size()) +
         " claim(s)</p>" + ClaimsTable(story, links);
  for (const Claim& c : story.claims) out += ClaimHtml(c, index, links);
  if (with_articles) {
    out += "<h3>Articles</h3>";
    for (const std::string& id : story.articles) {
      if (const Article* article = index.Find(id)) out += ArticleHtml(*article);
    }
  }
  return out + "</section>";
}

}  // namespace corroborate::report
