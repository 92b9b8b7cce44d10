// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/story_index.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <span>

#include <xxhash.h>

#include "link/event_days.h"
#include "link/event_terms.h"
#include "link/shingler.h"

namespace corroborate::link {
namespace {

// Terms kept per article. On tests/data/events the top 32 terms give the
// same stories as the full vectors of ClusterStories (story_index_test);
// they cost 8 bytes each in the postings. The cosine score is that of the
// kept vectors (Norm::kKept): their dot product over the full norms, the
// first version, is a small part of a long article's cosine, so few
// articles reached the threshold: pairwise F1 in date order, full norms ->
// kept norms: polnear-train-events 0.122 -> 0.238, polnear-dev-events
// 0.000 -> 0.235, wikiref-dev (topic level) 0.076 -> 0.504, our event set
// 0.968 both (docs/clustering.md, "Incremental index").
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

// Lead and title terms kept per article for the learned score. A title has
// fewer than 12 content words; a two-paragraph lead rarely more than 40
// distinct terms, and its 16 heaviest carry most of its norm (not tuned).
constexpr size_t kTopLeadTerms = 16;
constexpr size_t kTopTitleTerms = 12;
// Body terms kept for the learned score's body and lead-body cosines (the
// postings keep kTopTerms). Top-term cosines underestimate the full ones
// of the batch features, and the model weighs the body cosine most. With
// the model, pairwise F1 of the index on polnear-train-events.jsonl (date
// order): 32 terms 0.207, 64 terms 0.242, 128 terms 0.303, all 0.316 (the
// cosine index: 0.122). 64 keeps the index under 2 KiB per article.
constexpr size_t kSideBodyTerms = 64;

// Candidates whose (top-term) body cosine is below this count 0, without
// computing the other features: on polnear-train-events.jsonl the shipped
// model gives every window pair with a body cosine below 0.05 a
// probability of at most 0.012 (its threshold is 0.14), and 36% of the
// pairs lie there. A little lower, as top-term cosines underestimate.
// Tested first on the postings' top-term cosine (cheap, from the scan),
// then on the kSideBodyTerms cosine, before the other features.
constexpr double kMinModelCosine = 0.04;

// (term hash, summed boost), sorted by term hash.
std::vector<std::pair<uint32_t, float>> Hashed(
    const std::vector<WeightedTerm>& terms) {
  std::map<uint32_t, float> counts;
  for (const WeightedTerm& t : terms)
    counts[XXH32(t.term.data(), t.term.size(), 0)] +=
        static_cast<float>(t.boost);
  return {counts.begin(), counts.end()};
}

using TermSpan = std::span<const std::pair<uint32_t, float>>;

// Dot product of two term lists sorted by term.
double Dot(TermSpan a, TermSpan b) {
  double dot = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      dot += static_cast<double>(a[i++].second) * b[j++].second;
    }
  }
  return dot;
}

bool SharesDay(std::span<const int32_t> a, std::span<const int32_t> b) {
  for (int32_t day : a)
    if (std::find(b.begin(), b.end(), day) != b.end()) return true;
  return false;
}

}  // namespace

ArticleProfile ProfileArticle(const Article& article, WordStemmer* stemmer,
                              const MinHasher& hasher, IndexScoring scoring) {
  ArticleProfile profile;
  profile.terms = Hashed(EventTerms(article, stemmer));
  if (scoring == IndexScoring::kLearned) {
    profile.lead_terms = Hashed(LeadTerms(article, stemmer));
    profile.title_terms = Hashed(TitleTerms(article, stemmer));
    profile.event_days = LeadEventDays(article);
  }
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

StoryIndex::StoryIndex(double story_similarity, Level level, Scoring scoring)
    : threshold_(story_similarity), level_(level), buckets_(kBands) {
  const PairModel& model = DefaultPairModel();
  if (scoring == Scoring::kLearned && level == Level::kEvent && model.loaded) {
    model_ = &model;
    model_scale_ = threshold_ / model.threshold;
  }
}

StoryIndex::Terms StoryIndex::Weigh(const Terms& terms, size_t keep,
                                    Norm norm_of) const {
  const double n = static_cast<double>(story_.size() + 1);
  Terms weights;
  double norm = 0;
  for (const auto& [term, count] : terms) {
    // Terms of the lead or title missing from the body (none, as they are
    // read from the same text) would have df 0.
    auto it = df_.find(term);
    const double df = it == df_.end() ? 0 : it->second;
    const double idf = std::log((1 + n) / (1 + df)) + 1;
    const double w = (1 + std::log(static_cast<double>(count))) * idf;
    weights.emplace_back(term, static_cast<float>(w));
    norm += w * w;
  }
  keep = std::min(keep, weights.size());
  std::partial_sort(
      weights.begin(), weights.begin() + static_cast<long>(keep), weights.end(),
      [](const auto& a, const auto& b) { return a.second > b.second; });
  weights.resize(keep);
  if (norm_of == Norm::kKept) {
    norm = 0;
    for (const auto& [term, w] : weights) norm += static_cast<double>(w) * w;
  }
  norm = std::sqrt(norm);
  for (auto& [term, w] : weights) w = static_cast<float>(w / norm);
  return weights;
}

StoryIndex::Sides StoryIndex::SidesOf(const ArticleProfile& profile) const {
  Sides sides;
  if (model_ == nullptr) return sides;
  // Sorted by weight: Add takes the postings' terms from its head.
  sides.body = Weigh(profile.terms, kSideBodyTerms, Norm::kAll);
  sides.lead = Weigh(profile.lead_terms, kTopLeadTerms, Norm::kAll);
  std::sort(sides.lead.begin(), sides.lead.end());
  sides.title = Weigh(profile.title_terms, kTopTitleTerms, Norm::kAll);
  std::sort(sides.title.begin(), sides.title.end());
  for (long day : profile.event_days)
    sides.event_days.push_back(static_cast<int32_t>(day));
  return sides;
}

double StoryIndex::Learned(double body_cosine, const Sides& sides, int32_t day,
                           uint32_t a) const {
  if (body_cosine < kMinModelCosine) return 0.0;
  const SideSpan& span = side_spans_[a];
  const TermSpan all(side_terms_.data() + span.terms,
                     static_cast<size_t>(span.body + span.lead + span.title));
  struct {
    TermSpan body, lead, title;
    std::span<const int32_t> event_days;
  } const other{all.first(span.body),
                all.subspan(span.body, span.lead),
                all.last(span.title),
                {side_days_.data() + span.days, span.day_count}};
  PairFeatures f{};
  f[kBodyCosine] = Dot(sides.body, other.body);
  if (f[kBodyCosine] < kMinModelCosine) return 0.0;
  f[kLeadCosine] = Dot(sides.lead, other.lead);
  f[kTitleCosine] = Dot(sides.title, other.title);
  f[kLeadBodyCosine] =
      std::max(Dot(sides.lead, other.body), Dot(other.lead, sides.body));
  f[kDaysApart] = day < 0 || day_[a] < 0
                      ? kUnknownDaysApart
                      : static_cast<double>(std::abs(day - day_[a]));
  const bool shared = SharesDay(sides.event_days, other.event_days);
  f[kSharedEventDay] = shared ? 1.0 : 0.0;
  f[kEventDayClash] =
      !shared && !sides.event_days.empty() && !other.event_days.empty() ? 1.0
                                                                        : 0.0;
  return std::min(1.0, model_->Probability(f) * model_scale_);
}

double StoryIndex::Scaled(double cosine, int32_t day_a, int32_t day_b) const {
  if (level_ == Level::kTopic)
    return std::min(1.0, cosine * threshold_ / kTopicSimilarity);
  if (day_a < 0 || day_b < 0) return cosine;
  if (std::abs(day_a - day_b) > kMaxDaysApart) return 0.0;
  return cosine;
}

void StoryIndex::Keep(const Sides& sides) {
  SideSpan span;
  span.terms = static_cast<uint32_t>(side_terms_.size());
  span.days = static_cast<uint32_t>(side_days_.size());
  // The lists are at most kSideBodyTerms, kTopLeadTerms and kTopTitleTerms
  // long; days are capped to fit the span's count.
  span.body = static_cast<uint8_t>(sides.body.size());
  span.lead = static_cast<uint8_t>(sides.lead.size());
  span.title = static_cast<uint8_t>(sides.title.size());
  span.day_count =
      static_cast<uint8_t>(std::min<size_t>(sides.event_days.size(), 255));
  for (const Terms* list : {&sides.body, &sides.lead, &sides.title})
    side_terms_.insert(side_terms_.end(), list->begin(), list->end());
  side_days_.insert(side_days_.end(), sides.event_days.begin(),
                    sides.event_days.begin() + span.day_count);
  side_spans_.push_back(span);
}

std::pair<int, double> StoryIndex::BestMatch(
    const Terms& weights, const Sides& sides, int32_t day,
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
    const double score = Scaled(dot_[a], day, day_[a]);
    // The learned score, inside the date window only (Scaled is 0 outside).
    story_sum_[story] += model_ != nullptr && score > 0
                             ? Learned(dot_[a], sides, day, a)
                             : score;
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
  for (const auto& [term, count] : profile.terms) ++df_[term];
  Sides sides = SidesOf(profile);
  // The postings keep the kTopTerms heaviest: the head of the side's list
  // when there is one (Weigh leaves it sorted by weight), which the learned
  // score then reads sorted by term.
  const Terms weights =
      model_ != nullptr
          ? Terms(sides.body.begin(),
                  sides.body.begin() +
                      static_cast<long>(std::min(kTopTerms, sides.body.size())))
          : Weigh(profile.terms, kTopTerms, Norm::kKept);
  std::sort(sides.body.begin(), sides.body.end());
  const auto [match, similarity] =
      BestMatch(weights, sides, profile.day, profile.band_keys);
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
  if (model_ != nullptr) Keep(sides);
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
  bytes += side_spans_.capacity() * sizeof(SideSpan) +
           side_terms_.capacity() * sizeof(Terms::value_type) +
           side_days_.capacity() * sizeof(int32_t);
  return bytes;
}

}  // namespace corroborate::link
