// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Fills the ingest-owned body fields of an Article from its body lines:
// paragraphs, damaged lines and the content hash. Shared by the plain-text
// and JSONL readers.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/status.h"

namespace corroborate::ingest {

// 16 lowercase hex digits of XXH64 (seed 0) over the title, "\n", and the
// paragraph texts joined by "\n".
std::string ContentHash(const Article& article);

// 16 lowercase hex digits of XXH64 (seed 0) over `text`, or over `text`
// followed by `more` (without building the concatenation).
std::string HexHash(std::string_view text, std::string_view more = {});

// Lines of text one article may have. The longest article in the
// project's corpora has 616 lines (../shared/corpus/attribution); 50,000 is
// 80 times that. Every paragraph costs the analysers about 3 KiB and 0.3 ms
// (Release; docs/reliability.md), so without a cap a 64 MiB file of
// one-letter paragraphs (22 million) would need some 60 GiB.
inline constexpr size_t kMaxArticleLines = 50000;

// NotSupported naming `path` (and `where`, e.g. "line 3: ") when `text` has
// more than kMaxArticleLines lines. Counts before anything is split.
Status CheckArticleLines(std::string_view text, std::string_view path,
                         std::string_view where = "");

// Splits `lines` (lines[0] is input line `first_line_number`) into
// article->paragraphs, records damaged characters of every line in
// article->damaged_lines and paragraphs[].damaged, and sets content_hash.
// REQUIRES: article->title is set.
void BuildBody(const std::vector<std::string>& lines, int first_line_number,
               Article* article);

// Records the damage of one line (numbered `line_number`) in
// article->damaged_lines.
void RecordDamage(std::string_view line, int line_number, Article* article);

}  // namespace corroborate::ingest
