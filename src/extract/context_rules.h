// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Boilerplate rules that need more than one paragraph:
//   repeated captions   a caption printed again without its credit, next to
//                       the credited copy
//   caption blocks      a caption whose credit is the next line, and a
//                       caption's dated twin on the line next to it
//   repeated standfirst a later paragraph that repeats the standfirst (the
//                       first body paragraph) or the title
//   related headlines   a trailing run of headline-like lines (no final
//                       punctuation) after the end of the article
// Each rule only turns body paragraphs into boilerplate.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string>
#include <string_view>

#include "corroborate/article.h"

namespace corroborate::extract {

// The folded words of `text` joined by single spaces: comparisons ignore
// case, accents, punctuation and white space.
std::string NormalizeForComparison(std::string_view text);

// Marks a body paragraph as kPhotoCaption when it repeats the start of a
// caption or credit within two paragraphs of it.
void MarkRepeatedCaptions(Article* article);

// Marks a body paragraph as kPhotoCaption when its next line (no blank line
// between) is a photo credit ("Image: X", "File photo", "— Agency pic"), or
// when it is a short dated line next to a caption (the caption's twin in
// another language).
void MarkCaptionBlocks(Article* article);
// Marks a body paragraph as kRepeatedStandfirst when it repeats the first
// body paragraph or the title.
void MarkRepeatedStandfirst(Article* article);

// Marks a trailing run of at least two headline-like body paragraphs as
// kRelatedLink.
void MarkTrailingHeadlines(Article* article);

}  // namespace corroborate::extract
