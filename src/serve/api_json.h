// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The JSON bodies of the web app's API (docs/api.md). Stories, claims and
// articles use the fields of docs/output.md; each lookup returns null when
// the id is unknown (the server answers 404).

#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corroborate/article.h"

#include "serve/app_state.h"

namespace corroborate::serve {

// [{id, title, articles: [ids], claims: N, verdicts: {verdict: N}}]
nlohmann::json StoryListJson(const Analysis& analysis);

// The story as in docs/output.md.
nlohmann::json StoryJson(const Analysis& analysis, const std::string& id);

// The claim as in docs/output.md, plus "story".
nlohmann::json ClaimJson(const Analysis& analysis, const std::string& id);

// The article as in docs/output.md, plus "story".
nlohmann::json ArticleJson(const Analysis& analysis, const std::string& id);

// {query, hits: [{kind, id, story, title, snippet}]}
nlohmann::json SearchJson(const std::string& query,
                          const std::vector<SearchHit>& hits);

}  // namespace corroborate::serve
