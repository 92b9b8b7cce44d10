// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// ExtractHtmlArticle: parse (gumbo), read metadata, cut the page into
// blocks, pick the main content, classify every block.

#include <limits>

#include <gumbo.h>

#include "corroborate/extract.h"

#include "extract/html/block_collector.h"
#include "extract/html/boilerplate_filter.h"
#include "extract/html/content_scorer.h"
#include "extract/html/invisible_stripper.h"
#include "extract/html/metadata_reader.h"

namespace corroborate {
namespace {

// Readability.js's charThreshold: a first pass yielding less body text than
// this is retried with fewer hints.
constexpr size_t kMinBodyBytes = 500;

struct Pass {
  std::vector<extract_html::Block> blocks;
  std::vector<extract_html::BlockVerdict> verdicts;
  size_t body_bytes = 0;
};

Pass RunPass(std::vector<extract_html::Block> blocks,
             const extract_html::PageMetadata& metadata,
             bool ignore_class_contexts) {
  Pass pass;
  pass.blocks = std::move(blocks);
  std::vector<bool> in_content =
      extract_html::SelectContent(&pass.blocks, ignore_class_contexts);
  pass.verdicts =
      extract_html::ClassifyBlocks(pass.blocks, in_content, metadata);
  for (size_t i = 0; i < pass.blocks.size(); ++i) {
    if (!pass.verdicts[i].headline &&
        pass.verdicts[i].reason == BoilerplateReason::kNone) {
      pass.body_bytes += pass.blocks[i].text.size();
    }
  }
  return pass;
}

}  // namespace

Article ExtractHtmlArticle(std::string_view html, std::string_view url) {
  Article article;
  article.url = std::string(url);
  article.encoding = "UTF-8";
  // gumbo takes the length as size_t but indexes with unsigned ints
  // internally; larger inputs are not pages.
  if (html.size() >= std::numeric_limits<unsigned>::max()) return article;
  std::string visible = extract_html::StripInvisibleContent(html);
  GumboOutput* output = gumbo_parse_with_options(
      &kGumboDefaultOptions, visible.data(), visible.size());
  extract_html::PageMetadata metadata =
      extract_html::ReadMetadata(output->document, url);
  article.title = metadata.title;
  if (!metadata.canonical.empty()) article.url = metadata.canonical;
  article.byline = metadata.byline;
  article.date = metadata.date;
  article.site = metadata.site;
  article.language = metadata.language;

  std::vector<extract_html::Block> blocks =
      extract_html::CollectBlocks(output->root);
  Pass pass = RunPass(blocks, metadata, /*ignore_class_contexts=*/false);
  if (pass.body_bytes < kMinBodyBytes) {
    Pass retry =
        RunPass(std::move(blocks), metadata, /*ignore_class_contexts=*/true);
    if (retry.body_bytes > pass.body_bytes) pass = std::move(retry);
  }
  blocks = std::move(pass.blocks);
  const std::vector<extract_html::BlockVerdict>& verdicts = pass.verdicts;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (verdicts[i].headline) continue;
    Paragraph paragraph;
    paragraph.text = std::move(blocks[i].text);
    paragraph.reason = verdicts[i].reason;
    paragraph.boilerplate = paragraph.reason != BoilerplateReason::kNone;
    article.paragraphs.push_back(std::move(paragraph));
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return article;
}

}  // namespace corroborate
