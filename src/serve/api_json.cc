// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "serve/api_json.h"

#include <map>

#include "util/analysis_json.h"

namespace corroborate::serve {

using nlohmann::json;

json StoryListJson(const Analysis& analysis) {
  json out = json::array();
  for (const Story& s : analysis.stories) {
    std::map<std::string, int> verdicts;
    for (const Claim& c : s.claims) ++verdicts[c.verdict];
    out.push_back({{"id", s.id},
                   {"title", s.title},
                   {"articles", s.articles},
                   {"claims", s.claims.size()},
                   {"verdicts", verdicts}});
  }
  return out;
}

json StoryJson(const Analysis& analysis, const std::string& id) {
  for (const Story& s : analysis.stories) {
    if (s.id == id) return util::StoryToJson(s);
  }
  return nullptr;
}

json ClaimJson(const Analysis& analysis, const std::string& id) {
  for (const Story& s : analysis.stories) {
    for (const Claim& c : s.claims) {
      if (c.id != id) continue;
      Story one{.id = s.id, .title = s.title, .articles = {}, .claims = {c}};
      json claim = util::StoryToJson(one)["claims"][0];
      claim["story"] = s.id;
      return claim;
    }
  }
  return nullptr;
}

json ArticleJson(const Analysis& analysis, const std::string& id) {
  for (const Article& a : analysis.articles) {
    if (a.id != id) continue;
    json article = util::ArticleToJson(a);
    article["story"] = StoryOfArticle(analysis, a.id);
    return article;
  }
  return nullptr;
}

json SearchJson(const std::string& query, const std::vector<SearchHit>& hits) {
  json list = json::array();
  for (const SearchHit& h : hits) {
    list.push_back({{"kind", h.kind},
                    {"id", h.id},
                    {"story", h.story},
                    {"title", h.title},
                    {"snippet", h.snippet}});
  }
  return {{"query", query}, {"hits", list}};
}

}  // namespace corroborate::serve
