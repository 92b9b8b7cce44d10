// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/html_reader.h"

#include <string>
#include <utility>

#include "ingest/article_builder.h"
#include "ingest/html_nesting.h"
#include "util/text.h"

namespace corroborate::ingest {

namespace {

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         util::FoldCase(text.substr(text.size() - suffix.size())) == suffix;
}

}  // namespace

bool LooksLikeHtml(std::string_view path, std::string_view text) {
  if (EndsWith(path, ".html") || EndsWith(path, ".htm") ||
      EndsWith(path, ".xhtml")) {
    return true;
  }
  // Only the opening matters; trimming the whole page would copy it.
  std::string start = util::Trim(text.substr(0, 256));
  return util::StartsWithIgnoreCase(start, "<!doctype html") ||
         util::StartsWithIgnoreCase(start, "<html");
}

void SetHtmlPage(std::string html, Article* article) {
  if (FlattenDeepNesting(html, kMaxHtmlDepth, &article->html) == 0)
    article->html = std::move(html);
  article->content_hash = HexHash("\n", article->html);
}

Article ReadHtmlPage(std::string text, std::string_view path) {
  Article article;
  article.path = std::string(path);
  article.id = path == "-" ? "stdin" : util::FileStem(path);
  SetHtmlPage(std::move(text), &article);
  return article;
}

}  // namespace corroborate::ingest
