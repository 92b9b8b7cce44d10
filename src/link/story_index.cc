// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/story_index.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

#include <xxhash.h>

#include "link/event_terms.h"
#include "link/shingler.h"

namespace corroborate::link {
namespace {

// Terms kept per article. On tests/data/events the top 32 terms give the
// same stories as the full vectors of ClusterStories (story_index_test);
// they cost 8 bytes each in the postings.
constexpr size_t kTopTerms = 32;

// Most recent postings scanned per term. Bounds the cost of one Add however
// long a term's list grows (a stream is roughly in date order, so the
// recent postings are the ones inside the date window). 128 x 32 terms is
// at most 4,096 score updates per article.
constexpr size_t kMaxScan = 128;

// A dated scan stops at the first posting this many days older than the
// window: the stream may arrive out of order by a few days, not by weeks.
constexpr int32_t kOutOfOrderDays = 14;

// Word shingles for near-duplicate detection, as LinkOptions::shingle_size.
constexpr int kShingleWords = 3;

constexpr int kRows = StoryIndex::kMinHashFunctions / StoryIndex::kBands;

}  // namespace

ArticleProfile ProfileArticle(const Article& article, WordStemmer* stemmer,
                              const MinHasher& hasher) {
  ArticleProfile profile;
  std::map<uint32_t, float> counts;
  for (const WeightedTerm& t : EventTerms(article, stemmer))
    counts[XXH32(t.term.data(), t.term.size(), 0)] +=
        static_cast<float>(t.boost);
  profile.terms.assign(counts.begin(), counts.end());
  std::vector<ShingleSet> sets;
  for (const Sentence& s : article.sentences)
    sets.push_back(SentenceShingles(s.text, kShingleWords));
  if (article.sentences.empty()) {
    for (const Paragraph& p : article.paragraphs) {
      if (!p.boilerplate)
        sets.push_back(SentenceShingles(p.text, kShingleWords));
    }
  }
  const ShingleSet body = UnionOf(sets);
  if (!body.empty()) {
    const Signature sig = hasher.Sign(body);
    for (int b = 0; b < StoryIndex::kBands; ++b) {
      profile.band_keys.push_back(XXH3_64bits_withSeed(
          &sig[static_cast<size_t>(b * kRows)], sizeof(uint64_t) * kRows,
          static_cast<uint64_t>(b)));
    }
  }
  profile.day = static_cast<int32_t>(DayNumber(article.date));
  return profile;
}

StoryIndex::StoryIndex(double story_similarity, Level level)
    : threshold_(story_similarity), level_(level), buckets_(kBands) {}

std::vector<std::pair<uint32_t, float>> StoryIndex::Weigh(
    const ArticleProfile& profile) {
  for (const auto& [term, count] : profile.terms) ++df_[term];
  const double n = static_cast<double>(story_.size() + 1);
  std::vector<std::pair<uint32_t, float>> weights;
  double norm = 0;
  for (const auto& [term, count] : profile.terms) {
    const double idf = std::log((1 + n) / (1 + df_[term])) + 1;
    const double w = (1 + std::log(static_cast<double>(count))) * idf;
    weights.emplace_back(term, static_cast<float>(w));
    norm += w * w;
  }
  const size_t keep = std::min(kTopTerms, weights.size());
  std::partial_sort(
      weights.begin(), weights.begin() + static_cast<long>(keep), weights.end(),
      [](const auto& a, const auto& b) { return a.second > b.second; });
  weights.resize(keep);
  norm = std::sqrt(norm);
  for (auto& [term, w] : weights) w = static_cast<float>(w / norm);
  return weights;
}

double StoryIndex::Scaled(double cosine, int32_t day_a, int32_t day_b) const {
  if (level_ == Level::kTopic)
    return std::min(1.0, cosine * threshold_ / kTopicSimilarity);
  if (day_a < 0 || day_b < 0) return cosine;
  if (std::abs(day_a - day_b) > kMaxDaysApart) return 0.0;
  return cosine;
}

std::pair<int, double> StoryIndex::BestMatch(
    const std::vector<std::pair<uint32_t, float>>& weights, int32_t day,
    const std::vector<uint64_t>& band_keys) {
  for (size_t b = 0; b < band_keys.size(); ++b) {
    auto it = buckets_[b].find(band_keys[b]);
    if (it != buckets_[b].end()) return {story_[it->second], 1.0};
  }
  // Dot products accumulate in dense per-article and per-story arrays
  // (zeroed again below through the touched lists): several times faster
  // than sorting the products or hashing them (measured with perf).
  std::vector<uint32_t> articles;
  for (const auto& [term, w] : weights) {
    auto it = postings_.find(term);
    if (it == postings_.end()) continue;
    const std::vector<Posting>& list = it->second;
    const size_t stop = list.size() > kMaxScan ? list.size() - kMaxScan : 0;
    for (size_t i = list.size(); i-- > stop;) {
      const uint32_t a = list[i].article;
      if (level_ == Level::kEvent && day >= 0 && day_[a] >= 0 &&
          day_[a] < day - kMaxDaysApart - kOutOfOrderDays) {
        break;
      }
      if (dot_[a] == 0) articles.push_back(a);
      dot_[a] += w * list[i].weight;
    }
  }
  // Average link: the mean similarity to the story's members (members
  // outside the scanned postings count as 0), as ClusterStories merges.
  std::vector<int32_t> stories;
  for (uint32_t a : articles) {
    const auto story = static_cast<size_t>(story_[a]);
    if (story_sum_[story] == 0) stories.push_back(story_[a]);
    story_sum_[story] += Scaled(dot_[a], day, day_[a]);
    dot_[a] = 0;
  }
  std::pair<int, double> best{-1, 0.0};
  for (int32_t story : stories) {
    const auto k = static_cast<size_t>(story);
    const double s = story_sum_[k] / story_size_[k];
    story_sum_[k] = 0;
    if (s > best.second || (s == best.second && story < best.first))
      best = {story, s};
  }
  return best;
}

int StoryIndex::Add(const ArticleProfile& profile) {
  const std::vector<std::pair<uint32_t, float>> weights = Weigh(profile);
  const auto [match, similarity] =
      BestMatch(weights, profile.day, profile.band_keys);
  const uint32_t id = static_cast<uint32_t>(story_.size());
  int32_t story = match;
  if (match < 0 || similarity < threshold_) {
    story = static_cast<int32_t>(story_size_.size());
    story_size_.push_back(0);
    story_sum_.push_back(0);
  }
  ++story_size_[static_cast<size_t>(story)];
  story_.push_back(story);
  day_.push_back(profile.day);
  dot_.push_back(0);
  for (const auto& [term, w] : weights) postings_[term].push_back({id, w});
  for (size_t b = 0; b < profile.band_keys.size(); ++b)
    buckets_[b][profile.band_keys[b]] = id;
  return story;
}

size_t StoryIndex::MemoryBytes() const {
  // Hash-map nodes: key, value, next pointer and the cached hash, plus one
  // bucket pointer per element at load factor 1.
  constexpr size_t kNodeOverhead = 2 * sizeof(void*) + sizeof(size_t);
  size_t bytes = df_.size() * (2 * sizeof(uint32_t) + kNodeOverhead);
  for (const auto& [term, list] : postings_) {
    bytes += sizeof(term) + sizeof(list) + kNodeOverhead;
    bytes += list.capacity() * sizeof(Posting);
  }
  for (const auto& band : buckets_)
    bytes +=
        band.size() * (sizeof(uint64_t) + sizeof(uint32_t) + kNodeOverhead);
  bytes += (day_.capacity() + story_.capacity() + story_size_.capacity()) *
           sizeof(int32_t);
  bytes +=
      dot_.capacity() * sizeof(float) + story_sum_.capacity() * sizeof(double);
  return bytes;
}

}  // namespace corroborate::link
