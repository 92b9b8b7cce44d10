// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The web app's HTML pages, built from the report's views
// (src/report/html_views.h) with links between pages, a search box and an
// upload form. Each returns "" when the id is unknown (the server answers
// 404). Every string from the input is escaped.

#pragma once

#include <string>
#include <vector>

#include "corroborate/article.h"

#include "serve/app_state.h"

namespace corroborate::serve {

// The story list, the upload form and the search box. `token_required`
// adds a token field to the upload form.
std::string IndexPage(const Analysis& analysis, bool token_required);

// One story: claims (graphs, timelines) and its articles.
std::string StoryPage(const Analysis& analysis, const std::string& id);

// One claim and the articles that carry it.
std::string ClaimPage(const Analysis& analysis, const std::string& id);

// One article.
std::string ArticlePage(const Analysis& analysis, const std::string& id);

// Search results for `query`.
std::string SearchPage(const std::string& query,
                       const std::vector<SearchHit>& hits);

}  // namespace corroborate::serve
