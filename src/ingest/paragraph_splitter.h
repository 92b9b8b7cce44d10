// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// ParagraphSplitter cuts a body into paragraphs. Blank lines (empty, or only
// white space including U+00A0) separate blocks. Inside a block each line is
// its own paragraph -- scraped pages put a caption, its credit and the first
// body paragraph on consecutive lines -- unless the block looks hard-wrapped
// (lines cut at a fixed width in mid-sentence), in which case its lines are
// joined into paragraphs again.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corroborate/article.h"

namespace corroborate::ingest {

// Splits UTF-8 text into lines at LF, CRLF or CR. The line terminators are
// dropped; line i of the result is line i+1 of the text.
std::vector<std::string> SplitLines(std::string_view text);

// Returns true iff `line` holds nothing but white space (Unicode-aware).
bool IsBlankLine(std::string_view line);

// Splits `lines` into paragraphs. lines[0] is input line `first_line_number`
// (1-based); the paragraphs carry their own first and last input lines and
// trimmed text. Only text, first_line and last_line are set.
std::vector<Paragraph> SplitParagraphs(const std::vector<std::string>& lines,
                                       int first_line_number);

}  // namespace corroborate::ingest
