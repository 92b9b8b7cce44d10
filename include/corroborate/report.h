// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Turning an Analysis into something to read: the JSON documented in
// docs/output.md, a plain-text summary for the terminal, or an HTML page.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string>

#include "corroborate/article.h"

namespace corroborate {

// The full analysis as one JSON document (docs/output.md), pretty-printed
// with `indent` spaces (-1 for one line).
std::string ToJson(const Analysis& analysis, int indent = 2);

// A readable summary: stories, their articles, their claims with who they
// are attributed to, independent origins and verdicts; flagged articles.
std::string ToText(const Analysis& analysis);

// One self-contained HTML page (inline CSS and SVG, nothing fetched): the
// story list, each story's claims with verdicts, source graphs and
// timelines, and each article with boilerplate, attributions and damage
// marked. Everything from the input is HTML-escaped.
std::string ToHtml(const Analysis& analysis);

}  // namespace corroborate
