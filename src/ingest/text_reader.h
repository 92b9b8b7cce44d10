// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Reads one plain-text article: the first non-empty line is the title, the
// lines after it are the body (see paragraph_splitter.h). Line numbers are
// 1-based lines of the input.
//
// Thread-safe: the function keeps no state.

#pragma once

#include <string_view>

#include "corroborate/article.h"
#include "corroborate/status.h"

namespace corroborate::ingest {

// Parses UTF-8 `text` read from `path`. Sets id (the file stem of `path`, or
// "stdin" for "-"), path, title, paragraphs, damaged_lines and content_hash.
// Returns Corruption "empty file" if the text holds only white space, and
// NotSupported "too many lines" past kMaxArticleLines (article_builder.h).
Result<Article> ReadTextArticle(std::string_view text, std::string_view path);

}  // namespace corroborate::ingest
