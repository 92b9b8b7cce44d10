// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// BoilerplatePatterns classifies one paragraph on its own text, without
// looking at its neighbours: stray markup, navigation, sources lists, photo
// credits, photo captions and related-article links. The patterns describe
// English news pages in general (credit tags, "Read more:" labels, share
// bars), plus photo words of a few other European languages, never the text
// of particular articles.
//
// Thread-safe: the patterns are compiled once and only read afterwards.

#pragma once

#include <string_view>

#include "corroborate/article.h"
#include "corroborate/options.h"

namespace corroborate::extract {

// Returns the reason `text` (one trimmed paragraph) is boilerplate, or kNone.
// Bylines and contributor lines are left to byline_parser.h.
BoilerplateReason ClassifyParagraph(std::string_view text,
                                    const ExtractOptions& options);

// Returns true iff `text` is a photo credit and nothing else
// ("(Photo: Reuters)", "Credit: AFP", "Jane Doe/Getty Images").
bool IsPhotoCredit(std::string_view text);

// Returns true iff `text` describes or credits a photo: it opens like a
// caption ("This photo provided by ...") or ends with a credit tag
// ("... (photo credit: X / AGENCY)", "... - PHOTO/ X via AP").
bool IsPhotoCaption(std::string_view text, const ExtractOptions& options);

}  // namespace corroborate::extract
