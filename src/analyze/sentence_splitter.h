// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Splits the body paragraphs of an article into sentences with ICU's
// sentence BreakIterator (locale "en@ss=standard", which suppresses breaks
// after abbreviations such as "U.S." or "Oct.").
//
// Thread-safe: each thread keeps its own iterator.

#pragma once

#include <vector>

#include "corroborate/article.h"

namespace corroborate::analyze {

// Returns the sentences of every paragraph with boilerplate == false, in
// paragraph order. Sentences that are only white space are dropped; begin and
// end are byte offsets into the paragraph text and `text` is the trimmed
// sentence. Returns an empty vector if ICU cannot build an iterator.
std::vector<Sentence> SplitSentences(const std::vector<Paragraph>& paragraphs);

}  // namespace corroborate::analyze
