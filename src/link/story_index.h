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
// link, with the same date window and level as ClusterAtLevel), else it
// starts a new story. A near-duplicate of a member always joins its story.
//
// The similarity is the TF-IDF cosine of the top terms, or, with
// Scoring::kLearned at the event level and the learned model loaded
// (pair_model.h), the batch clusterer's: its same-event probability scaled
// to story_similarity, from the pair features of pair_features.h computed on
// each article's top terms (body, lead and title cosines, days apart, the
// leads' named days; shared rare 5-grams are not kept and count 0). Only
// the candidates the inverted index retrieves are scored, and those whose
// body cosine is below kMinModelCosine count 0, as unretrieved members do.
//
// The work is split in two so that it can be spread over threads:
// ProfileArticle (pure; run it on any thread) and StoryIndex::Add (one
// thread at a time).
//
// Memory per article: its top terms in the postings (8 bytes each), a day
// and a story id, and one LSH bucket entry per band; with the learned
// model also its top body, lead and title terms again and its named days
// (about 0.5 KiB); MemoryBytes() sums them.

#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "corroborate/article.h"

#include "link/minhash.h"
#include "link/pair_model.h"
#include "link/story_levels.h"
#include "link/word_stemmer.h"

namespace corroborate::link {

// How a new article is compared with an indexed one.
enum class IndexScoring {
  // The TF-IDF cosine of their top terms (the default).
  kCosine,
  // The learned same-event probability (pair_model.h), when the model
  // file is loaded and the level is kEvent; else the cosine. Measured
  // (docs/clustering.md): better than the cosine on the PolNeAR event
  // sets and closer to the batch clusterer there, but it joins a second
  // event about the same person on our event set and over-merges the
  // synthetic stream of link_throughput, at 2.6 times the index memory
  // and 3 times the Add time; hence not the default.
  kLearned,
};

// What StoryIndex needs from one article.
struct ArticleProfile {
  // (term hash, summed boosts of its occurrences), sorted by term hash.
  std::vector<std::pair<uint32_t, float>> terms;
  // The same for the lead and the title (LeadTerms, TitleTerms); with
  // IndexScoring::kLearned only.
  std::vector<std::pair<uint32_t, float>> lead_terms, title_terms;
  std::vector<long> event_days;     // LeadEventDays
  std::vector<uint64_t> band_keys;  // one LSH bucket key per band
  int32_t day = -1;                 // DayNumber of the date, -1 if unknown
};

// Returns the profile of `article`. `hasher` must have
// StoryIndex::kMinHashFunctions functions. The lead and title terms and
// the named days are filled only for IndexScoring::kLearned (they cost
// stemming the lead and title again).
ArticleProfile ProfileArticle(const Article& article, WordStemmer* stemmer,
                              const MinHasher& hasher,
                              IndexScoring scoring = IndexScoring::kCosine);

class StoryIndex {
 public:
  // MinHash functions and LSH bands for near-duplicate detection: 4 bands of
  // 4 rows catch pairs whose shingle Jaccard is above about 0.7 (the
  // S-curve midpoint (1/4)^(1/4)), i.e. copies, not shared quotes.
  static constexpr int kMinHashFunctions = 16;
  static constexpr int kBands = 4;

  using Scoring = IndexScoring;

  // `story_similarity` as LinkOptions::story_similarity.
  explicit StoryIndex(double story_similarity, Level level = Level::kEvent,
                      Scoring scoring = Scoring::kCosine);

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
  using Terms = std::vector<std::pair<uint32_t, float>>;
  struct Posting {
    uint32_t article;
    float weight;
  };
  // What the learned score reads of the new article: top terms as
  // normalised TF-IDF weights, sorted by term, and the lead's named days.
  struct Sides {
    Terms body, lead, title;
    std::vector<int32_t> event_days;
  };
  // Where an indexed article's sides lie in side_terms_ (body, then lead,
  // then title terms) and side_days_; 12 bytes instead of four vectors.
  struct SideSpan {
    uint32_t terms = 0;
    uint32_t days = 0;
    uint8_t body = 0, lead = 0, title = 0, day_count = 0;
  };

  // What Weigh divides the kept weights by: the norm of all of the terms
  // (their dot products are parts of the full cosine) or of the kept ones
  // (the dot product is the cosine of the kept vectors).
  enum class Norm { kAll, kKept };
  // Returns the `keep` heaviest of `terms` as TF-IDF weights under the
  // current document frequencies, normalised as `norm` says.
  Terms Weigh(const Terms& terms, size_t keep, Norm norm) const;
  // Appends the sides of the article just added to the shared arrays.
  void Keep(const Sides& sides);
  // Returns the sides of a new article (its body terms already counted).
  Sides SidesOf(const ArticleProfile& profile) const;
  // Returns the story most similar to the new article (mean similarity to
  // its members, 1 for a near-duplicate of a member) and that similarity,
  // or (-1, 0).
  std::pair<int, double> BestMatch(const Terms& weights, const Sides& sides,
                                   int32_t day,
                                   const std::vector<uint64_t>& band_keys);
  double Scaled(double cosine, int32_t day_a, int32_t day_b) const;
  // The learned score of the new article against indexed article `a`
  // (0 below kMinModelCosine).
  double Learned(double body_cosine, const Sides& sides, int32_t day,
                 uint32_t a) const;

  double threshold_;
  Level level_;
  const PairModel* model_ = nullptr;  // null: the cosine
  double model_scale_ = 0;            // threshold_ / model_->threshold
  std::unordered_map<uint32_t, uint32_t> df_;
  std::unordered_map<uint32_t, std::vector<Posting>> postings_;
  std::vector<std::unordered_map<uint64_t, uint32_t>> buckets_;  // per band
  std::vector<int32_t> day_;
  std::vector<int32_t> story_;       // per article
  std::vector<int32_t> story_size_;  // per story
  // With the model only: per article a SideSpan into the shared arrays.
  std::vector<SideSpan> side_spans_;
  Terms side_terms_;
  std::vector<int32_t> side_days_;
  // Scratch accumulators for BestMatch, all zero between calls.
  std::vector<float> dot_;         // per article
  std::vector<double> story_sum_;  // per story
};

}  // namespace corroborate::link
