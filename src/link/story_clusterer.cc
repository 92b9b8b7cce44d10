// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// ClusterStories (and ClusterAtLevel, story_levels.h): articles about one
// event, or at the topic level one subject. Each article becomes a TF-IDF
// vector of stemmed content words of its title and body, where names,
// numbers and title words weigh more (they tell events apart; the common
// vocabulary of a topic does not). Dated pairs more than kMaxDaysApart days
// apart never join unless they share text; pairs that share text always
// join. Articles are grouped by average-link agglomerative clustering, run
// inside the connected components of the graph of pairs at or above the
// threshold (average link never merges across such components, so this is
// exact and avoids an all-pairs merge loop over the whole input).
//
// At the event level the pair score is the learned same-event probability
// (pair_model.h: logistic regression over body, lead and title cosines,
// shared rare 5-grams, days apart and whether the leads name different
// days, fitted on polnear-train-events.jsonl
// by tools/cluster_train_pair_model.py), scaled so that the model's
// threshold (chosen by cross-validation on the training pairs) maps to
// LinkOptions::story_similarity. Without a readable model file it is the
// TF-IDF cosine, with the threshold story_similarity (default 0.2, chosen
// on the PolNeAR event sets; sweep in tests/link/link_corpus_test.cc,
// DISABLED_ThresholdSweep). At the topic level the cosine is rescaled
// (kTopicSimilarity). See docs/clustering.md for all measurements.

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>

#include "corroborate/link.h"

#include "link/average_link.h"
#include "link/event_terms.h"
#include "link/pair_features.h"
#include "link/pair_model.h"
#include "link/shard_average_link.h"
#include "link/shard_link.h"
#include "link/story_levels.h"
#include "link/term_weights.h"
#include "link/word_stemmer.h"

namespace corroborate {
namespace {

using link::TermVector;
using link::WeightedTerm;

// A reuse link joins two articles whatever their words and dates only when
// it is more than one shared sentence: in polnear-train-events.jsonl 8 of
// the 10 pairs that share exactly one sentence are stock lines of one
// outlet in articles about different events, months apart.
constexpr size_t kMinPassagesToForceJoin = 2;
constexpr double kMinSimilarityToForceJoin = 0.1;

class PairSimilarity {
 public:
  PairSimilarity(const std::vector<Article>& articles,
                 const std::vector<Reuse>& reuse, double threshold,
                 link::Level level)
      : topic_scale_(level == link::Level::kTopic
                         ? threshold / link::kTopicSimilarity
                         : 0),
        model_(link::DefaultPairModel()),
        model_scale_(threshold / model_.threshold) {
    if (topic_scale_ == 0 && model_.loaded)
      table_ = std::make_unique<link::PairFeatureTable>(articles);
    link::WordStemmer stemmer;
    std::vector<std::vector<WeightedTerm>> docs;
    std::unordered_map<std::string, int> index;
    for (size_t i = 0; i < articles.size(); ++i) {
      // The learned score reads the feature table's own vectors.
      if (table_ == nullptr)
        docs.push_back(link::EventTerms(articles[i], &stemmer));
      days_.push_back(link::DayNumber(articles[i].date));
      index.emplace(articles[i].id, static_cast<int>(i));
    }
    if (table_ == nullptr) vectors_ = link::TfIdfVectors(docs);
    for (const Reuse& r : reuse) {
      if (r.passages.size() < kMinPassagesToForceJoin &&
          r.similarity < kMinSimilarityToForceJoin) {
        continue;
      }
      auto from = index.find(r.from), to = index.find(r.to);
      if (from == index.end() || to == index.end()) continue;
      reused_.emplace(std::min(from->second, to->second),
                      std::max(from->second, to->second));
    }
  }

  double operator()(int a, int b) const {
    if (reused_.count({std::min(a, b), std::max(a, b)}) > 0) return 1.0;
    if (table_ != nullptr) return Learned(a, b);
    const double cosine = link::Cosine(vectors_[a], vectors_[b]);
    if (topic_scale_ > 0) return std::min(1.0, cosine * topic_scale_);
    if (days_[a] < 0 || days_[b] < 0) return cosine;
    if (std::labs(days_[a] - days_[b]) > link::kMaxDaysApart) return 0.0;
    return cosine;
  }

 private:
  // The same-event probability of the learned model, scaled so that the
  // model's own threshold maps to the caller's story_similarity (one
  // threshold serves the cosine and the model).
  double Learned(int a, int b) const {
    if (table_->Day(a) >= 0 && table_->Day(b) >= 0 &&
        std::labs(table_->Day(a) - table_->Day(b)) > link::kMaxDaysApart) {
      return 0.0;
    }
    return std::min(1.0,
                    model_.Probability(table_->Features(a, b)) * model_scale_);
  }

  double topic_scale_;  // 0 at the event level
  const link::PairModel& model_;
  double model_scale_;
  // Event level with a loaded model: the learned score replaces the cosine.
  std::unique_ptr<link::PairFeatureTable> table_;
  std::vector<TermVector> vectors_;
  std::vector<long> days_;
  std::set<std::pair<int, int>> reused_;
};

int Find(std::vector<int>& parent, int x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

// Average-link clustering of `members` at `threshold`.
std::vector<std::vector<int>> AverageLink(const std::vector<int>& members,
                                          const link::PairScores& sim,
                                          double threshold) {
  auto groups = link::FastAverageLinkClusters(
      static_cast<int>(members.size()),
      [&](int i, int j) { return sim(members[i], members[j]); }, threshold);
  for (auto& group : groups) {
    for (int& i : group) i = members[i];
  }
  return groups;
}

}  // namespace

std::vector<std::vector<int>> link::ClusterAtLevel(
    const std::vector<Article>& articles, const std::vector<Reuse>& reuse,
    const LinkOptions& options, Level level) {
  return ClusterAtLevelShard(articles, reuse, options, level, Shard{}, {});
}

std::vector<std::vector<int>> link::ClusterAtLevelShard(
    const std::vector<Article>& articles, const std::vector<Reuse>& reuse,
    const LinkOptions& options, Level level, Shard shard,
    const ScoreExchange& exchange) {
  const int n = static_cast<int>(articles.size());
  const PairSimilarity pair(articles, reuse, options.story_similarity, level);
  const PairScores sim(
      n, shard, [&](int a, int b) { return pair(a, b); }, exchange);
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  for (int a = 0; a < n; ++a) {
    for (int b = a + 1; b < n; ++b) {
      if (sim(a, b) >= options.story_similarity)
        parent[Find(parent, a)] = Find(parent, b);
    }
  }
  std::vector<std::vector<int>> components(n);
  for (int a = 0; a < n; ++a) components[Find(parent, a)].push_back(a);

  auto earlier = [&](int a, int b) {
    const Article& x = articles[a];
    const Article& y = articles[b];
    // Undated articles sort after dated ones.
    return std::make_tuple(x.date.empty(), x.date, x.id) <
           std::make_tuple(y.date.empty(), y.date, y.id);
  };
  std::vector<std::vector<int>> stories;
  for (const std::vector<int>& component : components) {
    if (component.empty()) continue;
    for (auto& story : AverageLink(component, sim, options.story_similarity)) {
      std::sort(story.begin(), story.end(), earlier);
      stories.push_back(std::move(story));
    }
  }
  std::sort(stories.begin(), stories.end(), [&](const auto& a, const auto& b) {
    return earlier(a.front(), b.front());
  });
  return stories;
}

std::vector<std::vector<int>> ClusterStories(
    const std::vector<Article>& articles, const std::vector<Reuse>& reuse,
    const LinkOptions& options) {
  return link::ClusterAtLevel(articles, reuse, options, options.level);
}

}  // namespace corroborate
