// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/story_entities.h"

#include <algorithm>
#include <string>

#include "corroborate/entities.h"

namespace corroborate::corroborate {

std::vector<StoryEntity> StoryEntities(const std::vector<Article>& articles,
                                       const std::vector<int>& cluster) {
  std::vector<EntityReport> reports;
  reports.reserve(cluster.size());
  for (int a : cluster)
    reports.push_back({.article = articles[a].id,
                       .entities = articles[a].entities,
                       .places = articles[a].places});
  std::vector<StoryEntity> out;
  for (const EntityCluster& c : MergeAcrossArticles(reports)) {
    StoryEntity e;
    e.name = c.name;
    e.kind = c.kind;
    e.names = c.names;
    for (const EntityCluster::Member& m : c.members) {
      const std::string& id = articles[cluster[m.report]].id;
      if (std::find(e.articles.begin(), e.articles.end(), id) ==
          e.articles.end())
        e.articles.push_back(id);
    }
    if (e.articles.size() >= 2 || e.names.size() >= 2)
      out.push_back(std::move(e));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const StoryEntity& x, const StoryEntity& y) {
                     if (x.articles.size() != y.articles.size())
                       return x.articles.size() > y.articles.size();
                     return x.name < y.name;
                   });
  return out;
}

}  // namespace corroborate::corroborate
