// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Cuts the visible text of a page into blocks: the runs of text between
// block-level element boundaries (p, div, li, h2, td, <br>, ...), in reading
// order, each with the element that owns it, how much of it is link text,
// and the boilerplate reason its ancestors imply (a <nav>, a figcaption, a
// "share-bar" class). Thread-safe: no state.

#pragma once

#include <string>
#include <vector>

#include <gumbo.h>

#include "corroborate/article.h"

namespace corroborate::extract_html {

// One run of text between block boundaries.
struct Block {
  std::string text;                  // whitespace-collapsed, trimmed, non-empty
  size_t link_bytes = 0;             // bytes of `text` inside <a href> elements
  const GumboNode* owner = nullptr;  // innermost block element holding it
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // owner's tag
  // The reason implied by the innermost ancestor that marks boilerplate
  // (nav, footer, aside, figcaption, class "related", ...); kNone if none.
  BoilerplateReason context = BoilerplateReason::kNone;
  const GumboNode* context_node = nullptr;  // the element that set `context`
  bool context_from_class = false;  // set by class/id words, not tag/role
  bool in_list = false;             // some ancestor is a ul/ol/dl
  bool in_heading = false;          // some ancestor is h1-h6
  bool in_h1 = false;               // some ancestor is h1
};

// Returns the blocks of the subtree of `root` in document order. The walk is
// iterative (any depth is safe) and skips invisible subtrees (see
// IsInvisible). REQUIRES: `root` outlives the returned blocks (they point
// into it).
std::vector<Block> CollectBlocks(const GumboNode* root);

}  // namespace corroborate::extract_html
