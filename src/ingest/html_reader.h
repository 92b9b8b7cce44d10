// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Recognises an HTML page and wraps it into an Article for the extract
// stage, which parses it (ExtractHtmlArticle) into title and paragraphs.
// Ingest only decodes the page: Article::html holds it, the paragraphs stay
// empty, and content_hash covers the page itself (XXH64 of "\n" + the page,
// i.e. an empty title and the page as text) since the paragraphs are not
// known yet.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string_view>

#include "corroborate/article.h"

namespace corroborate::ingest {

// True iff `path` ends in .html, .htm or .xhtml (any case), or `text` starts
// (after white space) with "<!doctype html" or "<html".
bool LooksLikeHtml(std::string_view path, std::string_view text);

// Sets article->html to the page `html` (UTF-8), with nesting deeper than
// kMaxHtmlDepth flattened (see html_nesting.h), and content_hash.
void SetHtmlPage(std::string html, Article* article);

// Returns an Article with id (file stem, "stdin" for "-"), path, html and
// content_hash set (see SetHtmlPage).
Article ReadHtmlPage(std::string text, std::string_view path);

}  // namespace corroborate::ingest
