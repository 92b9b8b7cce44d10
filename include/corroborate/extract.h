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

#include "corroborate/article.h"
#include "corroborate/options.h"

namespace corroborate {

// Sets paragraphs[].boilerplate/reason, byline and contributors of `article`.
// REQUIRES: article->paragraphs filled by ingest.
void ExtractBody(Article* article, const ExtractOptions& options);

}  // namespace corroborate
