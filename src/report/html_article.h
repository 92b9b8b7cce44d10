// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// One article as HTML: metadata (site, date, language, quality, encoding),
// damaged lines, and every paragraph, with boilerplate greyed out (its reason
// shown), attributions highlighted (source, cue and content in distinct
// colours), and damaged characters marked.

#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corroborate/article.h"

namespace corroborate::report {

// A highlighted byte range of one paragraph's text.
struct Highlight {
  size_t begin = 0;
  size_t end = 0;         // one past the last byte
  std::string css_class;  // "src", "cue" or "content"
};

// The highlights of paragraph `paragraph`: for each attribution, its
// source, cue and content spans (Attribution::*_spans) in it; for an
// attribution without spans, where its source, cue and content strings occur
// in its sentence (strings not found verbatim, like a source resolved from a
// pronoun, are skipped); overlapping ranges keep the one that starts first (the
// longer on a tie). Sorted by begin, never overlapping.
std::vector<Highlight> FindHighlights(const Article& article, int paragraph);

// Escapes `text` and wraps damaged characters (U+FFFD, common UTF-8-read-as-
// Latin-1 sequences such as "Ã©" or "â€™") in <mark class="dmg">.
std::string EscapeMarkingDamage(std::string_view text);

// The article as an <article id="article-ID"> element.
std::string ArticleHtml(const Article& article);

}  // namespace corroborate::report
