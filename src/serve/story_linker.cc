// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "serve/story_linker.h"

#include <algorithm>
#include <charconv>
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
std::vector<Article> Members(const Analysis& analysis, const Story* joined,
                             const Article& added) {
  std::vector<Article> members;
  if (joined != nullptr) {
    std::unordered_set<std::string> ids(joined->articles.begin(),
                                        joined->articles.end());
    for (const Article& a : analysis.articles) {
      if (ids.count(a.id)) members.push_back(a);
    }
  }
  members.push_back(added);
  std::sort(members.begin(), members.end(),
            [](const Article& x, const Article& y) {
              return std::make_tuple(x.date.empty(), std::cref(x.date),
                                     std::cref(x.id)) <
                     std::make_tuple(y.date.empty(), std::cref(y.date),
                                     std::cref(y.id));
            });
  return members;
}

// The stored reuse pairs between members plus the new pairs of `added`
// (returned in *fresh), found among the members only: an article that
// shares enough text with another joins that article's story (StoryIndex's
// LSH), so pairs across stories are the weak ones a story does not use.
std::vector<Reuse> StoryReuse(const Analysis& analysis,
                              const std::vector<Article>& members,
                              const std::string& added,
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
    if (r.from != added && r.to != added) continue;
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
      index_(link.story_similarity) {}

int StoryLinker::Place(const Article& article) {
  int story = index_.Add(link::ProfileArticle(article, &stemmer_, hasher_));
  if (story >= static_cast<int>(story_ids_.size())) {
    story_ids_.resize(story + 1);
  }
  return story;
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
    std::string& id = story_ids_[Place(analysis.articles[i])];
    if (id.empty()) id = stored->second;
  }
  return unlinked;
}

StoryUpdate StoryLinker::Link(const Analysis& analysis,
                              const Article& article) {
  std::string& id = story_ids_[Place(article)];
  const Story* joined = id.empty() ? nullptr : FindStory(analysis, id);
  StoryUpdate update;
  if (joined == nullptr) {
    id = "S" + std::to_string(next_story_++);
    update.created = true;
  }
  std::vector<Article> members = Members(analysis, joined, article);
  std::vector<Reuse> reuse =
      StoryReuse(analysis, members, article.id, link_, &update.new_reuse);
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
