// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Stage 2, extract: separates the article body from boilerplate. Every
// paragraph is classified as body or as boilerplate with a reason (photo
// caption, photo credit, byline, contributor line, related link, sources
// list, stray markup, repeated standfirst). The byline and contributor names
// are kept as metadata. Boilerplate never feeds claims.
//
// Thread-safe: the function keeps no state.

#pragma once

#include <string_view>

#include "corroborate/article.h"
#include "corroborate/options.h"

namespace corroborate {

// Sets paragraphs[].boilerplate/reason, byline and contributors of `article`.
// REQUIRES: article->paragraphs filled by ingest.
void ExtractBody(Article* article, const ExtractOptions& options);

// Parses an HTML page (UTF-8) with gumbo and returns the article it holds:
// title, url (the canonical URL if the page names one, else `url`), byline,
// date, site, language, and paragraphs in reading order. The main text is
// body paragraphs (boilerplate = false, headline excluded); removed blocks
// (navigation, share bars, comments, related links, captions, credits,
// bylines, ads, newsletter boxes, ...) are kept as boilerplate paragraphs
// with their reason. first_line/last_line are 0.
Article ExtractHtmlArticle(std::string_view html, std::string_view url);

}  // namespace corroborate
