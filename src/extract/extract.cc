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

}  // namespace

void ExtractBody(Article* article, const ExtractOptions& options) {
  article->byline.clear();
  article->contributors.clear();
  for (Paragraph& paragraph : article->paragraphs) {
    paragraph.reason = ClassifyAlone(paragraph, options, article);
    paragraph.boilerplate = paragraph.reason != BoilerplateReason::kNone;
  }
  extract::MarkRepeatedCaptions(article);
  extract::MarkRepeatedStandfirst(article);
  extract::MarkTrailingHeadlines(article);
}

}  // namespace corroborate
