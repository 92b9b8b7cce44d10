// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The pieces the MPI link stage is built from (src/link/shard_*): the fast
// agglomeration must make exactly AverageLinkClusters' merges, and pair
// scores split over workers must reassemble to the single-worker table.

#include "link/shard_link.h"

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "corroborate/link.h"

#include "link/average_link.h"
#include "link/shard_average_link.h"
#include "util/text.h"

namespace corroborate::link {
namespace {

// `n` articles of 4-9 sentences drawn from a pool of made-up sentences
// (random words of a made-up vocabulary), each word replaced by another
// with probability 0.2: pairs share sentences more or less closely, so
// that some pairs fall in a shared bucket in some bands only.
std::vector<Article> ArticlesSharingSentences(int n, std::mt19937* random) {
  std::uniform_int_distribution<int> word(0, 299), length(8, 16);
  std::vector<std::string> pool;
  for (int s = 0; s < 60; ++s) {
    std::string text;
    for (int w = length(*random); w > 0; --w)
      text += "token" + std::to_string(word(*random)) + " ";
    pool.push_back(text + "ends.");
  }
  std::uniform_int_distribution<int> pick(0, 59), sentences(4, 9);
  std::bernoulli_distribution edit(0.2);
  std::vector<Article> articles(n);
  for (int a = 0; a < n; ++a) {
    articles[a].id = "a" + std::to_string(a);
    articles[a].date = a % 3 == 0 ? "" : "2031-0" + std::to_string(1 + a % 9);
    for (int k = sentences(*random); k > 0; --k) {
      Sentence sentence;
      for (const std::string& w : util::Words(pool[pick(*random)]))
        sentence.text +=
            (edit(*random) ? "token" + std::to_string(word(*random)) : w) + " ";
      articles[a].sentences.push_back(sentence);
    }
  }
  return articles;
}

std::vector<std::pair<int, int>> UnionOfShards(
    const std::vector<Article>& articles, int shards) {
  std::vector<std::pair<int, int>> all;
  for (int w = 0; w < shards; ++w) {
    for (const auto& pair :
         ReuseCandidatesShard(articles, LinkOptions(), Shard{w, shards}))
      all.push_back(pair);
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return all;
}

TEST(ReuseShard, BandBlocksTogetherProposeTheSingleWorkerCandidates) {
  std::mt19937 random(7);
  const std::vector<Article> articles = ArticlesSharingSentences(60, &random);
  const auto alone = ReuseCandidatesShard(articles, LinkOptions(), Shard{});
  ASSERT_GT(alone.size(), 100u);
  // 40 workers: more than the 32 bands, so some have no band at all.
  for (int shards : {2, 3, 5, 40}) {
    EXPECT_EQ(UnionOfShards(articles, shards), alone) << shards << " shards";
    // Each worker's block alone misses candidates: the split is real.
    EXPECT_LT(
        ReuseCandidatesShard(articles, LinkOptions(), Shard{0, shards}).size(),
        alone.size());
  }
  EXPECT_TRUE(
      ReuseCandidatesShard(articles, LinkOptions(), Shard{0, 40}).empty());
}

using ReuseKey = std::tuple<std::string, std::string, double,
                            std::vector<std::tuple<int, int, double>>>;

std::vector<ReuseKey> Keys(const std::vector<Reuse>& reuse) {
  std::vector<ReuseKey> keys;
  for (const Reuse& r : reuse) {
    std::vector<std::tuple<int, int, double>> passages;
    for (const Passage& p : r.passages)
      passages.emplace_back(p.from_sentence, p.to_sentence, p.overlap);
    keys.emplace_back(r.from, r.to, r.similarity, passages);
  }
  return keys;
}

TEST(ReuseShard, WorkersTogetherFindWhatFindReuseFinds) {
  std::mt19937 random(11);
  const std::vector<Article> articles = ArticlesSharingSentences(50, &random);
  const std::vector<Reuse> alone = FindReuse(articles, LinkOptions());
  ASSERT_GT(alone.size(), 20u);
  for (int shards : {1, 2, 3}) {
    std::vector<Reuse> all;
    for (int w = 0; w < shards; ++w) {
      const auto part =
          FindReuseShard(articles, LinkOptions(), Shard{w, shards},
                         [&](std::vector<std::pair<int, int>>) {
                           return UnionOfShards(articles, shards);
                         });
      all.insert(all.end(), part.begin(), part.end());
    }
    EXPECT_EQ(Keys(all), Keys(alone)) << shards << " shards";
  }
}

// A symmetric random similarity over n items; values from a small set so
// that ties (the hard case for tie-breaking) are common.
std::vector<std::vector<double>> RandomMatrix(int n, std::mt19937* random) {
  static const double kValues[] = {0.0, 0.1, 0.25, 0.3, 0.5, 0.75, 1.0};
  std::uniform_int_distribution<int> pick(0, 6);
  std::vector<std::vector<double>> m(n, std::vector<double>(n, 0.0));
  for (int i = 0; i < n; ++i) {
    for (int j = i + 1; j < n; ++j) m[i][j] = m[j][i] = kValues[pick(*random)];
  }
  return m;
}

TEST(FastAverageLink, SameGroupsAsTheFullRescanOnRandomTies) {
  std::mt19937 random(20261127);
  for (int trial = 0; trial < 300; ++trial) {
    const int n = 1 + trial % 40;
    const auto m = RandomMatrix(n, &random);
    auto sim = [&](int i, int j) { return m[i][j]; };
    for (double threshold : {0.2, 0.3, 0.5, 0.9}) {
      EXPECT_EQ(FastAverageLinkClusters(n, sim, threshold),
                AverageLinkClusters(n, sim, threshold))
          << "n " << n << " threshold " << threshold;
    }
  }
}

TEST(FastAverageLink, KeepsApartWhatIsBelowTheThreshold) {
  // Items 0-1 and 2-3 are close pairs; across the pairs similarity is low.
  const double m[4][4] = {{0, 0.9, 0.1, 0.0},
                          {0.9, 0, 0.0, 0.1},
                          {0.1, 0.0, 0, 0.8},
                          {0.0, 0.1, 0.8, 0}};
  const auto groups = FastAverageLinkClusters(
      4, [&](int i, int j) { return m[i][j]; }, 0.5);
  EXPECT_EQ(groups, (std::vector<std::vector<int>>{{0, 1}, {2, 3}}));
  EXPECT_EQ(FastAverageLinkClusters(
                0, [](int, int) { return 1.0; }, 0.5),
            std::vector<std::vector<int>>{});
}

// Scores every pair with `shards` workers; the exchange concatenates the
// workers' parts in order, as MPI_Allgatherv does.
PairScores Split(int n, int shards, int as) {
  auto score = [](int a, int b) { return a * 100.0 + b; };
  return PairScores(n, Shard{as, shards}, score, [&](std::vector<double>) {
    std::vector<double> all;
    for (int w = 0; w < shards; ++w) {
      for (int a = w; a < n; a += shards) {
        for (int b = a + 1; b < n; ++b) all.push_back(score(a, b));
      }
    }
    return all;
  });
}

TEST(PairScores, ShardedRowsReassembleToEveryPair) {
  for (int n : {0, 1, 2, 7, 20}) {
    for (int shards : {1, 2, 3}) {
      for (int as = 0; as < shards; ++as) {
        const PairScores scores = Split(n, shards, as);
        for (int a = 0; a < n; ++a) {
          for (int b = 0; b < n; ++b) {
            if (a == b) continue;
            EXPECT_EQ(scores(a, b), std::min(a, b) * 100.0 + std::max(a, b))
                << n << " items, " << shards << " shards";
          }
        }
      }
    }
  }
}

TEST(PairScores, OneWorkerWithoutExchangeScoresEachPairOnce) {
  int calls = 0;
  const PairScores scores(
      5, Shard{}, [&](int a, int b) { return ++calls, a + b * 0.5; }, {});
  EXPECT_EQ(calls, 10);
  EXPECT_EQ(scores(3, 1), 1 + 3 * 0.5);
}

}  // namespace
}  // namespace corroborate::link
