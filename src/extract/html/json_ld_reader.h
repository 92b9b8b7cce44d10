// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Reads schema.org article metadata from one JSON-LD <script> body: the
// first object (top level, in an array or in "@graph") whose @type is an
// Article kind (Article, NewsArticle, BlogPosting, ReportageNewsArticle,
// ...). Malformed JSON yields an empty result; nothing throws.
// Thread-safe: no state.

#pragma once

#include <string>
#include <string_view>

namespace corroborate::extract_html {

struct JsonLdArticle {
  std::string headline;
  std::string author;     // names joined with " and "
  std::string published;  // datePublished as written
  std::string publisher;  // publisher.name
};

// Returns the article fields found in `json`; all "" if none.
JsonLdArticle ReadJsonLd(std::string_view json);

}  // namespace corroborate::extract_html
