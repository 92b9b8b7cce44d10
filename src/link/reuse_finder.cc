// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// FindReuse: MinHash + LSH over whole articles and over single sentences
// proposes candidate pairs; exact shingle Jaccard and sentence alignment
// verify them.

#include <algorithm>
#include <set>
#include <utility>

#include "corroborate/link.h"

#include "link/lsh_index.h"
#include "link/minhash.h"
#include "link/passage_aligner.h"
#include "link/shard_link.h"
#include "link/shingler.h"

namespace corroborate {
namespace {

using link::ShingleSet;

// Sentences shorter than shingle_size + 2 words (fewer than three shingles)
// are left out of alignment: short formulae ("He said on Monday.") recur in
// unrelated articles and are no evidence of copying.
constexpr int kExtraWordsForPassage = 2;

// Sentence-level LSH looks at an article's first 500 distinct sentences:
// long-form news runs to about 300, and the candidate pairs of one LSH
// bucket grow as the square of its items (a 1 MB one-paragraph input of
// 6,000 sentences made gigabytes of pairs).
constexpr size_t kMaxSentencesPerArticle = 500;

// Two articles whose whole bodies have shingle Jaccard at or above this are
// reuse even when no single sentence aligns (heavily edited copies, spun
// text). 0.3 is far above the Jaccard of independent reports of one event,
// which stays below 0.05 on the seed and PolNeAR articles.
constexpr double kHighSimilarity = 0.3;

struct ArticleShingles {
  std::vector<ShingleSet> sentences;  // empty set: too short to align
  ShingleSet body;
};

ArticleShingles ShingleArticle(const Article& article, int size) {
  ArticleShingles out;
  std::vector<ShingleSet> all;
  for (const Sentence& sentence : article.sentences) {
    ShingleSet set = link::SentenceShingles(sentence.text, size);
    all.push_back(set);
    const bool long_enough =
        link::ShingleWordCount(sentence.text) >= size + kExtraWordsForPassage;
    out.sentences.push_back(long_enough ? std::move(set) : ShingleSet());
  }
  out.body = link::UnionOf(all);
  return out;
}

// Returns the candidate article pairs (a < b, sorted, unique) from
// article-level and sentence-level LSH, over `shard`'s block of the bands
// (all bands for one worker): a pair is a candidate iff it shares a bucket
// in some band, so the union over the shards is the single worker's set.
std::vector<std::pair<int, int>> CandidatePairs(
    const std::vector<ArticleShingles>& shingles, const LinkOptions& options,
    link::Shard shard) {
  const int bands = std::max(1, options.lsh_bands);
  const int rows = std::max(1, options.minhash_functions / bands);
  const int count = std::max(1, shard.count);
  const int first = bands * shard.index / count;
  const int mine = bands * (shard.index + 1) / count - first;
  if (mine <= 0) return {};
  const link::MinHasher hasher(mine * rows, first * rows);
  link::LshIndex articles(mine, rows), sentences(mine, rows);
  std::vector<int> owner;  // sentence item -> article
  for (size_t a = 0; a < shingles.size(); ++a) {
    if (shingles[a].body.empty()) continue;
    articles.Add(static_cast<int>(a), hasher.Sign(shingles[a].body));
    // A sentence repeated inside one article adds nothing (only pairs of
    // articles count), and would put thousands of items in one bucket.
    std::set<ShingleSet> seen;
    for (const ShingleSet& sentence : shingles[a].sentences) {
      if (seen.size() == kMaxSentencesPerArticle) break;
      if (sentence.empty() || !seen.insert(sentence).second) continue;
      sentences.Add(static_cast<int>(owner.size()), hasher.Sign(sentence));
      owner.push_back(static_cast<int>(a));
    }
  }
  std::vector<std::pair<int, int>> pairs = articles.CandidatePairs();
  for (const auto& [x, y] : sentences.CandidatePairs()) {
    const int a = owner[x], b = owner[y];
    if (a != b) pairs.emplace_back(std::min(a, b), std::max(a, b));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

std::vector<ArticleShingles> ShingleArticles(
    const std::vector<Article>& articles, const LinkOptions& options) {
  const int size = std::max(1, options.shingle_size);
  std::vector<ArticleShingles> shingles;
  shingles.reserve(articles.size());
  for (const Article& article : articles)
    shingles.push_back(ShingleArticle(article, size));
  return shingles;
}

// True iff `a` is the likely original of the text it shares with `b`:
// the earlier date; else the one with more body of its own around the
// shared text; else the smaller id.
bool IsOriginal(const Article& a, const Article& b, const ArticleShingles& sa,
                const ArticleShingles& sb, size_t shared) {
  if (!a.date.empty() && !b.date.empty() && a.date != b.date)
    return a.date < b.date;
  const size_t own_a = sa.body.size() - shared;
  const size_t own_b = sb.body.size() - shared;
  if (own_a != own_b) return own_a > own_b;
  return a.id < b.id;
}

}  // namespace

std::vector<Reuse> FindReuse(const std::vector<Article>& articles,
                             const LinkOptions& options) {
  return link::FindReuseShard(articles, options, link::Shard{}, {});
}

std::vector<std::pair<int, int>> link::ReuseCandidatesShard(
    const std::vector<Article>& articles, const LinkOptions& options,
    Shard shard) {
  return CandidatePairs(ShingleArticles(articles, options), options, shard);
}

std::vector<Reuse> link::FindReuseShard(const std::vector<Article>& articles,
                                        const LinkOptions& options, Shard shard,
                                        const PairExchange& exchange) {
  const std::vector<ArticleShingles> shingles =
      ShingleArticles(articles, options);
  std::vector<std::pair<int, int>> pairs =
      CandidatePairs(shingles, options, shard);
  if (exchange) {
    pairs = exchange(std::move(pairs));
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  }
  std::vector<Reuse> found;
  const size_t count = static_cast<size_t>(std::max(1, shard.count));
  const size_t begin = pairs.size() * shard.index / count;
  const size_t end = pairs.size() * (shard.index + 1) / count;
  for (size_t k = begin; k < end; ++k) {
    auto [a, b] = pairs[k];
    const size_t shared =
        link::IntersectionSize(shingles[a].body, shingles[b].body);
    const double similarity = link::Jaccard(shingles[a].body, shingles[b].body);
    if (!IsOriginal(articles[a], articles[b], shingles[a], shingles[b], shared))
      std::swap(a, b);
    std::vector<Passage> passages = link::AlignPassages(
        shingles[a].sentences, shingles[b].sentences, options.passage_overlap);
    if (passages.empty() && similarity < kHighSimilarity) continue;
    found.push_back(
        Reuse{articles[a].id, articles[b].id, similarity, std::move(passages)});
  }
  return found;
}

}  // namespace corroborate
