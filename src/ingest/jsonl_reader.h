// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Reads JSONL: one article per line, an object {"id", "title", "text",
// "url"?, "date"?, "source"?}, or with "html" (a page; UTF-8, as JSON
// strings are) in place of "text": the page goes to Article::html as for an
// .html file and extract finds its title and paragraphs. "text" is split
// like a plain-text body; its paragraphs and damaged lines carry line
// numbers WITHIN the "text" field (1-based), since a JSONL record has no
// lines of its own in the file. A bad line (not JSON, not an object, no
// string "text" or "html") produces one diagnostic naming the file and the
// line and is skipped; blank lines are
// skipped silently. A record without "id" gets "<stem>:<line>"; one without
// "title" takes the first non-blank line of "text" as its title. Other
// common names are accepted when the documented one is missing: "headline",
// "link", "publication_date"/"published", "publisher"/"site".
//
// Thread-safe: the function keeps no state.

#pragma once

#include <string_view>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/ingest.h"
#include "corroborate/status.h"

namespace corroborate::ingest {

// Parses UTF-8 JSONL `text` read from `path`. Returns Corruption when no
// record could be read ("empty file" when there were no records at all).
Result<std::vector<Article>> ReadJsonlArticles(std::string_view text,
                                               std::string_view path,
                                               const DiagnosticSink& sink);

}  // namespace corroborate::ingest
