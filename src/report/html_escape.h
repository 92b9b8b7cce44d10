// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Escaping for text that goes into HTML. Every string that comes from an
// input (titles, paragraphs, names, ids) passes through HtmlEscape before it
// reaches a page, so an article containing "<script>" shows as text.

#pragma once

#include <string>
#include <string_view>

namespace corroborate::report {

// Replaces & < > " ' with character references. Safe in element content and
// in quoted attribute values. Invalid UTF-8 is passed through byte for byte
// (the browser shows U+FFFD; it cannot form markup).
std::string HtmlEscape(std::string_view text);

// Percent-encodes everything but unreserved characters (RFC 3986), for ids
// placed in URL paths and query strings.
std::string UrlEncode(std::string_view text);

}  // namespace corroborate::report
