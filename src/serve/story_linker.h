// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// StoryLinker: links articles added to a running server, without
// re-linking the store. The story an article joins comes from
// link::StoryIndex (inverted index + LSH, cost per article about flat in
// the store's size); only that story is re-corroborated. Story ids stay
// stable: an existing story keeps its id, a new story gets the next free
// "S<N>".
//
// Seeded from the stored analysis: each stored article goes through the
// index in insertion order, and each index story takes the id of the stored
// story of its first article. So a batch analysis (ClusterStories) and the
// incremental index may disagree about old articles; the stored stories are
// kept as they are, and only new articles are placed by the index.
//
// Not thread-safe: one writer at a time.

#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/options.h"

#include "link/minhash.h"
#include "link/story_index.h"
#include "link/word_stemmer.h"

namespace corroborate::serve {

// What adding articles to one story changes.
struct StoryUpdate {
  Story story;                   // the story with them, re-corroborated
  bool created = false;          // true if `story` is new
  std::vector<Reuse> new_reuse;  // pairs of an added article and a member
};

class StoryLinker {
 public:
  StoryLinker(const LinkOptions& link, const CorroborateOptions& corroborate);

  // Feeds every article of `analysis` to the index. Returns the indexes (in
  // analysis.articles) of articles that no stored story holds (stored by a
  // writer that stopped before saving its stories); Place them.
  std::vector<size_t> Seed(const Analysis& analysis);

  // Adds `article` to the index and returns the id of the story it joins:
  // a stored story's, or a new "S<N>" (which later articles may join too).
  std::string Place(const Article& article);

  // Story `id` of `analysis` (a new story if it has none) with the articles
  // `added` as further members, its claims recomputed. `analysis` must not
  // hold them in any story; `article_at` maps each id of analysis.articles
  // to its index. Thread-safe (const), so stories can be updated at once.
  StoryUpdate Update(const Analysis& analysis,
                     const std::unordered_map<std::string, size_t>& article_at,
                     const std::string& id,
                     const std::vector<const Article*>& added) const;

 private:
  LinkOptions link_;
  CorroborateOptions corroborate_;
  link::WordStemmer stemmer_;
  link::MinHasher hasher_;
  link::StoryIndex index_;
  std::vector<std::string> story_ids_;  // per index story; "" if none yet
  int next_story_ = 1;                  // N of the next new "S<N>"
};

}  // namespace corroborate::serve
