// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// ExtractBody (corroborate/extract.h): paragraph-by-paragraph patterns
// first, then the rules that compare paragraphs.

#include "corroborate/extract.h"

#include <optional>

#include "extract/boilerplate_patterns.h"
#include "extract/byline_parser.h"
#include "extract/context_rules.h"
#include "util/text.h"

namespace corroborate {

namespace {

// Classifies one paragraph alone, recording a byline or contributors found.
BoilerplateReason ClassifyAlone(const Paragraph& paragraph,
                                const ExtractOptions& options,
                                Article* article) {
  // Scraped text mixes NBSPs and doubled spaces into labels ("Read\u00A0
  // MORE:"); the patterns see single ASCII spaces.
  std::string text = util::CollapseSpace(util::Trim(paragraph.text));
  if (std::optional<std::string> byline = extract::ParseByline(text)) {
    if (article->byline.empty()) article->byline = *byline;
    return BoilerplateReason::kByline;
  }
  if (auto names = extract::ParseContributorLine(text)) {
    for (std::string& name : *names)
      article->contributors.push_back(std::move(name));
    return BoilerplateReason::kContributorLine;
  }
  return extract::ClassifyParagraph(text, options);
}

// Blocks of one HTML page kept as paragraphs, in document order. The same
// bound as ingest's kMaxArticleLines (src/ingest/article_builder.h): 80
// times the longest article in the corpora. Past it a page is a dump, not
// an article, and the analysers would need ~3 KiB per paragraph; a 20 MB
// page of a million <p> ran for over 5 minutes at 830 MiB before this.
constexpr size_t kMaxHtmlParagraphs = 50000;

// Replaces the page in article->html by the article ExtractHtmlArticle
// finds in it; ingest's identity fields (id, path, encoding, content_hash)
// stay, page metadata fills the fields it knows.
void TakeHtmlPage(Article* article) {
  Article page = ExtractHtmlArticle(article->html, article->url);
  article->html.clear();
  article->paragraphs = std::move(page.paragraphs);
  if (article->paragraphs.size() > kMaxHtmlParagraphs)
    article->paragraphs.resize(kMaxHtmlParagraphs);
  auto take = [](std::string* field, std::string* value) {
    if (!value->empty()) *field = std::move(*value);
  };
  take(&article->title, &page.title);
  take(&article->url, &page.url);
  take(&article->date, &page.date);
  take(&article->site, &page.site);
  take(&article->language, &page.language);
  article->byline = std::move(page.byline);
  article->contributors = std::move(page.contributors);
}

}  // namespace

void ExtractBody(Article* article, const ExtractOptions& options) {
  if (!article->html.empty()) {
    TakeHtmlPage(article);
  } else {
    article->byline.clear();
    article->contributors.clear();
    for (Paragraph& paragraph : article->paragraphs) {
      paragraph.reason = BoilerplateReason::kNone;
    }
  }
  for (Paragraph& paragraph : article->paragraphs) {
    // Blocks the HTML extractor already removed keep its reason.
    if (paragraph.reason != BoilerplateReason::kNone) continue;
    paragraph.reason = ClassifyAlone(paragraph, options, article);
    paragraph.boilerplate = paragraph.reason != BoilerplateReason::kNone;
  }
  extract::MarkRepeatedCaptions(article);
  extract::MarkCaptionBlocks(article);
  extract::MarkRepeatedStandfirst(article);
  extract::MarkTrailingHeadlines(article);
}

}  // namespace corroborate
