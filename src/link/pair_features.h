// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The evidence that two articles report the same event, as numbers a
// learned model weighs (pair_model.h): how alike their bodies, leads and
// titles are (TF-IDF cosines over the event terms of event_terms.h), which
// rare names, rare word 5-grams (shared quotes and passages) and rare
// numbers they share, how many days apart they were published, and whether
// their leads name the same day ("on Tuesday", "May 12"; event_days.h). "Rare"
// is counted in the set of articles the table is built from, so a name
// every article carries (the candidates of a campaign) is no evidence.
//
// Thread-safe after construction: Features is const.

#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "corroborate/article.h"

#include "link/term_weights.h"

namespace corroborate::link {

// The features, in the order of PairFeatures and of the model file.
enum PairFeature {
  kBodyCosine,      // cosine of the whole-article event-term vectors
  kLeadCosine,      // cosine of the leads (title + first paragraphs)
  kTitleCosine,     // cosine of the titles
  kLeadBodyCosine,  // max over the two ways of one's lead vs other's body
  kSharedNames,     // log(1 + sum of IDF of shared rare name bigrams)
  kSharedGrams,     // log(1 + number of shared rare word 5-grams)
  kSharedNumbers,   // log(1 + number of shared rare numbers)
  kDaysApart,       // |day difference|; kUnknownDaysApart if either undated
  kSharedEventDay,  // 1 if both leads name one day (event_days.h), else 0
  kEventDayClash,   // 1 if both leads name days but none in common, else 0
  kPairFeatureCount
};

using PairFeatures = std::array<double, kPairFeatureCount>;

// Days apart assumed when either article is undated: one day, the median
// of the same-event pairs in polnear-train-events.jsonl, so that a missing
// date neither helps nor hurts much.
inline constexpr double kUnknownDaysApart = 1.0;

// Returns the feature names, in order ("body_cosine", ...).
const std::array<std::string_view, kPairFeatureCount>& PairFeatureNames();

class PairFeatureTable {
 public:
  explicit PairFeatureTable(const std::vector<Article>& articles);

  // Returns the features of the pair (a, b); symmetric.
  PairFeatures Features(int a, int b) const;

  // The cosine of the body vectors alone (cheap; used to skip pairs that
  // cannot be the same event before computing all features).
  double BodyCosine(int a, int b) const;

  // Days since 1970-01-01 of article `a`'s date, -1 if undated.
  long Day(int a) const { return profiles_[static_cast<size_t>(a)].day; }

 private:
  struct Profile {
    TermVector body, lead, title;
    // Hashes of the article's distinct rare-able items, sorted.
    std::vector<uint64_t> names, grams, numbers;
    std::vector<long> event_days;  // LeadEventDays, sorted
    long day = -1;
  };

  double SharedNames(const Profile& a, const Profile& b) const;
  double SharedRare(const std::vector<uint64_t>& a,
                    const std::vector<uint64_t>& b, int max_df) const;
  int Df(uint64_t key) const;

  std::vector<Profile> profiles_;
  std::vector<std::pair<uint64_t, int>> df_;  // sorted by key
  int max_name_df_ = 2;
};

}  // namespace corroborate::link
