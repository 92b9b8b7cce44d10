// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "serve/story_linker.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <numeric>
#include <tuple>
#include <unordered_set>

#include "corroborate/corroborate.h"
#include "corroborate/link.h"

namespace corroborate::serve {
namespace {

// N of a story id "S<N>", 0 for any other id.
int StoryNumber(const std::string& id) {
  int n = 0;
  if (id.size() < 2 || id[0] != 'S') return 0;
  auto [end, error] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
  return error == std::errc() && end == id.data() + id.size() ? n : 0;
}

const Story* FindStory(const Analysis& analysis, const std::string& id) {
  for (const Story& s : analysis.stories) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

// Copies of the members of `joined` (none if null) plus `added`, ordered as
// ClusterStories orders a story: by date (undated last), then id.
std::vector<Article> Members(
    const Analysis& analysis,
    const std::unordered_map<std::string, size_t>& article_at,
    const Story* joined, const std::vector<const Article*>& added) {
  std::vector<Article> members;
  if (joined != nullptr) {
    for (const std::string& id : joined->articles) {
      auto at = article_at.find(id);
      if (at != article_at.end())
        members.push_back(analysis.articles[at->second]);
    }
  }
  for (const Article* a : added) members.push_back(*a);
  std::sort(members.begin(), members.end(),
            [](const Article& x, const Article& y) {
              return std::make_tuple(x.date.empty(), std::cref(x.date),
                                     std::cref(x.id)) <
                     std::make_tuple(y.date.empty(), std::cref(y.date),
                                     std::cref(y.id));
            });
  return members;
}

// The stored reuse pairs between members plus the new pairs of an added
// article (returned in *fresh), found among the members only: an article
// that shares enough text with another joins that article's story
// (StoryIndex's LSH), so pairs across stories are the weak ones a story
// does not use.
std::vector<Reuse> StoryReuse(const Analysis& analysis,
                              const std::vector<Article>& members,
                              const std::unordered_set<std::string>& added,
                              const LinkOptions& options,
                              std::vector<Reuse>* fresh) {
  std::unordered_set<std::string> ids;
  for (const Article& a : members) ids.insert(a.id);
  std::vector<Reuse> reuse;
  for (const Reuse& r : analysis.reuse) {
    if (ids.count(r.from) && ids.count(r.to)) reuse.push_back(r);
  }
  if (members.size() < 2) return reuse;
  for (Reuse& r : FindReuse(members, options)) {
    if (!added.count(r.from) && !added.count(r.to)) continue;
    fresh->push_back(r);
    reuse.push_back(std::move(r));
  }
  return reuse;
}

}  // namespace

StoryLinker::StoryLinker(const LinkOptions& link,
                         const CorroborateOptions& corroborate)
    : link_(link),
      corroborate_(corroborate),
      hasher_(link::StoryIndex::kMinHashFunctions),
      index_(link.story_similarity, link.level) {}

std::string StoryLinker::Place(const Article& article) {
  const int story =
      index_.Add(link::ProfileArticle(article, &stemmer_, hasher_));
  if (story >= static_cast<int>(story_ids_.size())) {
    story_ids_.resize(story + 1);
  }
  std::string& id = story_ids_[story];
  if (id.empty()) {
    // snprintf, not "S" + std::to_string(): GCC 12 warns falsely there
    // (-Wrestrict inside std::string).
    char name[16];
    std::snprintf(name, sizeof name, "S%d", next_story_++);
    id = name;
  }
  return id;
}

std::vector<size_t> StoryLinker::Seed(const Analysis& analysis) {
  std::unordered_map<std::string, std::string> story_of;
  for (const Story& s : analysis.stories) {
    next_story_ = std::max(next_story_, StoryNumber(s.id) + 1);
    for (const std::string& a : s.articles) story_of.emplace(a, s.id);
  }
  std::vector<size_t> unlinked;
  for (size_t i = 0; i < analysis.articles.size(); ++i) {
    auto stored = story_of.find(analysis.articles[i].id);
    if (stored == story_of.end()) {
      unlinked.push_back(i);
      continue;
    }
    const int story = index_.Add(
        link::ProfileArticle(analysis.articles[i], &stemmer_, hasher_));
    if (story >= static_cast<int>(story_ids_.size())) {
      story_ids_.resize(story + 1);
    }
    if (story_ids_[story].empty()) story_ids_[story] = stored->second;
  }
  return unlinked;
}

StoryUpdate StoryLinker::Update(
    const Analysis& analysis,
    const std::unordered_map<std::string, size_t>& article_at,
    const std::string& id, const std::vector<const Article*>& added) const {
  const Story* joined = FindStory(analysis, id);
  StoryUpdate update;
  update.created = joined == nullptr;
  std::vector<Article> members = Members(analysis, article_at, joined, added);
  std::unordered_set<std::string> added_ids;
  for (const Article* a : added) added_ids.insert(a->id);
  std::vector<Reuse> reuse =
      StoryReuse(analysis, members, added_ids, link_, &update.new_reuse);
  std::vector<int> cluster(members.size());
  std::iota(cluster.begin(), cluster.end(), 0);
  std::vector<Story> stories =
      Corroborate(members, {cluster}, reuse, corroborate_);
  update.story = std::move(stories.front());
  update.story.id = id;
  for (size_t i = 0; i < update.story.claims.size(); ++i) {
    // Numbered as Corroborate numbers them ("<story>.C<n>", 1-based).
    update.story.claims[i].id = id + ".C" + std::to_string(i + 1);
  }
  return update;
}

}  // namespace corroborate::serve
