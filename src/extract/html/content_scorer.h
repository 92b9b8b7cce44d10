// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Picks the element that holds the main text, the way Readability.js does:
// each paragraph-like block gives points (1 + commas + 1 per 100 characters,
// at most 3) to its ancestors up to five levels, candidates start from their
// tag and class weight, and a candidate's score shrinks with its link
// density. The best candidate, climbed to a common ancestor when its
// runners-up share one, plus its siblings that score well or read as prose,
// form the content. Thread-safe: no state.

#pragma once

#include <vector>

#include "extract/html/block_collector.h"

namespace corroborate::extract_html {

// Returns, for each of `*blocks`, whether it lies inside the main content.
// Blocks whose context is boilerplate give no points, except, with
// `ignore_class_contexts`, contexts set by class/id words (Readability's
// retry for pages whose article sits in a wrapper named like furniture,
// "page-ad-margins"). A content block whose context comes from an element
// enclosing the content root has it cleared: that element is a wrapper.
// If no block scores, every block counts as content. REQUIRES: the tree
// the blocks point into is alive.
std::vector<bool> SelectContent(std::vector<Block>* blocks,
                                bool ignore_class_contexts);

}  // namespace corroborate::extract_html
