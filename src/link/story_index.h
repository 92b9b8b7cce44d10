// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// StoryIndex: incremental story clustering for a stream of articles. Adding
// an article costs about the same however large the index is: candidates
// come from an inverted index (term -> recent articles with the term's
// weight), scanning at most a fixed number of the most recent postings per
// term, and from MinHash LSH buckets (near-duplicate text); nothing is
// compared all-pairs. The new article joins the story whose members it is
// most similar to on average, if that mean reaches the threshold (average
// link, with the same TF-IDF cosine, date window and level as
// ClusterAtLevel, computed on each article's top terms), else it starts
// a new story. A near-duplicate of a member always joins its story.
//
// The work is split in two so that it can be spread over threads:
// ProfileArticle (pure; run it on any thread) and StoryIndex::Add (one
// thread at a time).
//
// Memory per article: its top terms in the postings (8 bytes each), a day
// and a story id, and one LSH bucket entry per band; MemoryBytes() sums
// them.

#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "corroborate/article.h"

#include "link/minhash.h"
#include "link/story_levels.h"
#include "link/word_stemmer.h"

namespace corroborate::link {

// What StoryIndex needs from one article.
struct ArticleProfile {
  // (term hash, summed boosts of its occurrences), sorted by term hash.
  std::vector<std::pair<uint32_t, float>> terms;
  std::vector<uint64_t> band_keys;  // one LSH bucket key per band
  int32_t day = -1;                 // DayNumber of the date, -1 if unknown
};

// Returns the profile of `article`. `hasher` must have
// StoryIndex::kMinHashFunctions functions.
ArticleProfile ProfileArticle(const Article& article, WordStemmer* stemmer,
                              const MinHasher& hasher);

class StoryIndex {
 public:
  // MinHash functions and LSH bands for near-duplicate detection: 4 bands of
  // 4 rows catch pairs whose shingle Jaccard is above about 0.7 (the
  // S-curve midpoint (1/4)^(1/4)), i.e. copies, not shared quotes.
  static constexpr int kMinHashFunctions = 16;
  static constexpr int kBands = 4;

  // `story_similarity` as LinkOptions::story_similarity.
  explicit StoryIndex(double story_similarity, Level level = Level::kEvent);

  // Adds the next article; returns its story id (0, 1, ... in order of
  // creation). Articles are numbered 0, 1, ... in order of addition.
  int Add(const ArticleProfile& profile);

  int StoryOf(int article) const { return story_[article]; }
  int size() const { return static_cast<int>(story_.size()); }

  // Returns the heap bytes the index holds (postings, document
  // frequencies, LSH buckets, per-article fields), estimated from the
  // containers' sizes.
  size_t MemoryBytes() const;

 private:
  struct Posting {
    uint32_t article;
    float weight;
  };

  // Returns the top terms of `profile` as normalised TF-IDF weights, after
  // counting its terms in the document frequencies.
  std::vector<std::pair<uint32_t, float>> Weigh(const ArticleProfile& profile);
  // Returns the story most similar to the new article (mean similarity to
  // its members, 1 for a near-duplicate of a member) and that similarity,
  // or (-1, 0).
  std::pair<int, double> BestMatch(
      const std::vector<std::pair<uint32_t, float>>& weights, int32_t day,
      const std::vector<uint64_t>& band_keys);
  double Scaled(double cosine, int32_t day_a, int32_t day_b) const;

  double threshold_;
  Level level_;
  std::unordered_map<uint32_t, uint32_t> df_;
  std::unordered_map<uint32_t, std::vector<Posting>> postings_;
  std::vector<std::unordered_map<uint64_t, uint32_t>> buckets_;  // per band
  std::vector<int32_t> day_;
  std::vector<int32_t> story_;       // per article
  std::vector<int32_t> story_size_;  // per story
  // Scratch accumulators for BestMatch, all zero between calls.
  std::vector<float> dot_;         // per article
  std::vector<double> story_sum_;  // per story
};

}  // namespace corroborate::link
