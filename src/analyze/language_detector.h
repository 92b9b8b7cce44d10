// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Detects the language of an article and of each of its paragraphs with
// CLD2 (Compact Language Detector 2).
//
// Thread-safe: CLD2 keeps no mutable global state.

#pragma once

#include <string>
#include <string_view>

#include "corroborate/article.h"

namespace corroborate::analyze {

// Returns the ISO 639-1 code ("en", "es") CLD2 finds in `text`, or "" if the
// text is empty, the language unknown or CLD2 marks its guess unreliable.
std::string DetectLanguage(std::string_view text);

// Sets article->language from the body paragraphs (all paragraphs if none is
// body) and paragraphs[].language for every paragraph, boilerplate too. A
// paragraph shorter than `min_language_bytes`, or one CLD2 cannot place
// reliably, takes the article language.
void DetectLanguages(Article* article, int min_language_bytes);

}  // namespace corroborate::analyze
