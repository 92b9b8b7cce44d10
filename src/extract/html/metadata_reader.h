// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Reads an HTML page's metadata: title, byline, publication date, site
// name, canonical URL, language and description, from (in order of trust)
// JSON-LD NewsArticle objects, OpenGraph/Twitter/Dublin Core <meta> tags,
// <link rel=canonical>, rel/itemprop author marks, <time datetime>, the
// <title> and <h1>, and finally the URL path (/2019/08/21/). Thread-safe:
// no state.

#pragma once

#include <string>
#include <string_view>

#include <gumbo.h>

namespace corroborate::extract_html {

struct PageMetadata {
  std::string title;        // the headline, without a " | Site" suffix
  std::string byline;       // author names as written ("Ann Lee and Bo Kim")
  std::string date;         // ISO 8601 "2019-08-21"; "" if unknown
  std::string site;         // outlet name ("The Daily Planet")
  std::string canonical;    // absolute canonical URL; "" if none
  std::string language;     // ISO 639-1 from <html lang> ("en"); "" if none
  std::string description;  // the page's summary (og:description)
};

// Returns the metadata of the parsed page `root` fetched from `url` (used
// for the date in the path). Missing fields are "".
PageMetadata ReadMetadata(const GumboNode* root, std::string_view url);

// Returns `title` without a trailing site-name segment: " | Site",
// " - Site", " — Site" or " :: Site", when the segment equals `site` or the
// part before it is the longer one. Exposed for tests.
std::string StripSiteSuffix(std::string_view title, std::string_view site);

// Returns the leading "YYYY-MM-DD" of an ISO 8601 timestamp, or the date in
// a URL path ("/2019/08/21/"); "" if there is none. Exposed for tests.
std::string NormalizeDate(std::string_view text);
std::string DateFromUrl(std::string_view url);

}  // namespace corroborate::extract_html
