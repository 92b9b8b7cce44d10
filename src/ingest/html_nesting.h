// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Caps the element nesting depth of an HTML page before it is parsed.
// gumbo's tree builder is quadratic in the depth of open elements (each
// start tag scans the stack of open elements: 40,000 nested <div> take
// 1.8 s, 200,000 take minutes), and deep trees cost the extractor too. Like
// Chromium's parser, which stops nesting at depth 512 and makes deeper
// elements siblings, the limiter drops start tags that would open an
// element deeper than the cap, and their matching end tags. Text is never
// dropped.
//
// The depth is estimated by a light tag scanner, not a full HTML parser:
// void elements (<br>, <img>, ...), self-closing tags and elements whose
// end tag is optional (<p>, <li>, <td>, ...) do not count, and comments and
// the contents of <script>, <style>, <textarea> and <title> are skipped.
// An unclosed tag still counts, so a sloppy page may be estimated deeper
// than it is; the cap is high enough that only pathological pages reach it.
//
// Thread-safe: the function keeps no state.

#pragma once

#include <string>
#include <string_view>

namespace corroborate::ingest {

// Nesting deeper than this is flattened. 512 is Chromium's parser limit
// (kMaximumHTMLParserDOMTreeDepth); real news pages nest well under 100.
constexpr size_t kMaxHtmlDepth = 512;

// Returns the number of tags dropped from `html` to keep its nesting at most
// `max_depth` deep; when it is positive, `*flattened` holds the page without
// them (otherwise `*flattened` is left untouched, to avoid a copy).
size_t FlattenDeepNesting(std::string_view html, size_t max_depth,
                          std::string* flattened);

}  // namespace corroborate::ingest
