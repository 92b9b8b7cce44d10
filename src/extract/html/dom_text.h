// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Small helpers over gumbo's parse tree: tag classes (block, skipped),
// attribute access and the visible text of a subtree.
// Every walk is iterative, so a page of 10,000 nested elements cannot
// overflow the stack. Thread-safe: no state.

#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <gumbo.h>

namespace corroborate::extract_html {

// Returns the value of attribute `name` of element `node`, or "" if the
// node is not an element or has no such attribute.
std::string_view Attribute(const GumboNode* node, const char* name);

// Returns true iff `node` is an element with tag `tag`.
bool IsElement(const GumboNode* node, GumboTag tag);

// Returns true iff `tag` starts a new block of text (p, div, li, h1-h6,
// table cells, ...): text on either side of it belongs to different blocks.
bool IsBlockTag(GumboTag tag);

// Returns true iff the subtree of `node` is never visible text: script,
// style, noscript, template, svg, iframe, form controls, elements with the
// `hidden` attribute or an inline `display:none`, and comments.
bool IsInvisible(const GumboNode* node);

// Returns the visible text of the subtree of `node` with runs of whitespace
// collapsed to one space and trimmed; block elements and <br> separate
// words with a space.
std::string NodeText(const GumboNode* node);

// Appends `text` to `*out` collapsing whitespace runs (including those that
// span calls) to one space; never starts `*out` with a space.
void AppendCollapsed(std::string_view text, std::string* out);

}  // namespace corroborate::extract_html
