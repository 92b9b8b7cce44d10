// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// What an element's tag, ARIA role and class/id words say about its
// content: a boilerplate reason ("share-bar" is navigation, "figcaption" a
// photo caption, "related-stories" related links) or a content hint
// ("article-body"). The word lists are general web-authoring conventions,
// the same ones Readability.js and trafilatura use; they name no site.
// Thread-safe: no state.

#pragma once

#include <gumbo.h>

#include "corroborate/article.h"

namespace corroborate::extract_html {

// Returns the boilerplate reason that the element `node` itself implies;
// kNone if none (or if it is not an element). A class word that looks like
// content ("article-body") cancels a boilerplate word on the same element
// ("article-body has-sidebar" is content), as Readability's
// okMaybeItsACandidate does. With `class_hints` false only the tag and
// role count.
BoilerplateReason ElementContext(const GumboNode* node, bool class_hints);

// Returns Readability's class weight of `node`: +25 if its class/id look
// like content, -25 if like boilerplate, 0 if neither or both.
int ClassWeight(const GumboNode* node);

}  // namespace corroborate::extract_html
