// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "pipeline/mpi_link.h"

#include <climits>
#include <cstdint>
#include <string>
#include <utility>

#include <mpi.h>

#include "corroborate/corroborate.h"

#include "link/shard_link.h"
#include "pipeline/analysis_codec.h"
#include "pipeline/mpi_partition.h"

namespace corroborate::pipeline {
namespace {

link::Shard ThisShard() {
  link::Shard shard;
  MPI_Comm_rank(MPI_COMM_WORLD, &shard.index);
  MPI_Comm_size(MPI_COMM_WORLD, &shard.count);
  return shard;
}

// Every rank's candidate pairs, on every rank (as ints: a, b, a, b, ...).
Result<std::vector<std::pair<int, int>>> GatherPairs(
    const std::vector<std::pair<int, int>>& mine) {
  std::vector<int> flat;
  flat.reserve(2 * mine.size());
  for (const auto& [a, b] : mine) {
    flat.push_back(a);
    flat.push_back(b);
  }
  Result<std::vector<int>> all = GatherIntsToAll(flat);
  if (!all.ok()) return all.status();
  std::vector<std::pair<int, int>> pairs;
  pairs.reserve(all->size() / 2);
  for (size_t i = 0; i + 1 < all->size(); i += 2)
    pairs.emplace_back(all.value()[i], all.value()[i + 1]);
  return pairs;
}

// Every rank's reuse, concatenated in rank order, on every rank. This
// rank's own part is kept as it is, not decoded back.
Result<std::vector<Reuse>> GatherReuse(std::vector<Reuse> mine, int rank) {
  std::string out;
  for (const Reuse& r : mine) EncodeReuse(r, &out);
  Result<std::vector<std::string>> parts = GatherToAll(out);
  if (!parts.ok()) return parts.status();
  std::vector<Reuse> all;
  for (int r = 0; r < static_cast<int>(parts->size()); ++r) {
    if (r == rank) {
      for (Reuse& own : mine) all.push_back(std::move(own));
      continue;
    }
    const std::string& part = parts.value()[r];
    for (size_t pos = 0; pos < part.size();) {
      if (!DecodeReuse(part, &pos, &all.emplace_back()))
        return Status::Corruption("--mpi", "bad reuse exchange");
    }
  }
  return all;
}

// The rank that corroborates each story: greedy by estimated cost, the
// squared number of sentences (ClaimMatcher compares them pairwise). Which
// rank does a story does not change the result, only the balance.
std::vector<int> AssignStories(const std::vector<Article>& articles,
                               const std::vector<std::vector<int>>& clusters,
                               int ranks) {
  std::vector<uint64_t> cost;
  for (const std::vector<int>& cluster : clusters) {
    uint64_t sentences = 0;
    for (int a : cluster) sentences += articles[a].sentences.size();
    cost.push_back(sentences * sentences + 1);
  }
  // No head start for rank 0 although it alone prints the JSON afterwards:
  // that output needs every rank's stories, so it cannot overlap their
  // corroboration, and a lighter share only made rank 0 wait for the others
  // (measured at 3,000 synthetic articles: rank 0 waited 2.3 s,
  // docs/scaling.md).
  return AssignBySize(cost, ranks);
}

// Corroborates this rank's stories; returns them with their single-process
// ids ("S<k>" numbered over all non-empty clusters, claims "S<k>.C<j>") and
// their positions in the story list.
std::vector<std::pair<int, Story>> CorroborateMine(
    const std::vector<Article>& articles,
    const std::vector<std::vector<int>>& clusters,
    const std::vector<Reuse>& reuse, const CorroborateOptions& options,
    int rank, int ranks) {
  const std::vector<int> owner = AssignStories(articles, clusters, ranks);
  std::vector<std::vector<int>> mine;
  std::vector<int> position;
  int stories = 0;
  for (size_t i = 0; i < clusters.size(); ++i) {
    if (clusters[i].empty()) continue;  // Corroborate skips them too
    if (owner[i] == rank) {
      mine.push_back(clusters[i]);
      position.push_back(stories);
    }
    ++stories;
  }
  std::vector<Story> done = Corroborate(articles, mine, reuse, options);
  std::vector<std::pair<int, Story>> out;
  for (size_t i = 0; i < done.size(); ++i) {
    Story& story = done[i];
    std::string id = "S";
    id += std::to_string(position[i] + 1);
    for (Claim& claim : story.claims)
      claim.id.replace(0, story.id.size(), id);  // "S<local>.C<j>"
    story.id = std::move(id);
    out.emplace_back(position[i], std::move(story));
  }
  return out;
}

// Rank 0: every rank's stories in story order (empty elsewhere).
Result<std::vector<Story>> GatherStories(
    std::vector<std::pair<int, Story>> mine, int rank) {
  std::string out;
  if (rank != 0) {
    for (const auto& [position, story] : mine) {
      EncodeInt(position, &out);
      EncodeStory(story, &out);
    }
  }
  Result<std::vector<std::string>> parts = GatherToRoot(out);
  if (!parts.ok()) return parts.status();
  if (rank != 0) return std::vector<Story>();
  for (size_t r = 1; r < parts->size(); ++r) {
    const std::string& part = parts.value()[r];
    for (size_t pos = 0; pos < part.size();) {
      int64_t position = -1;
      Story story;
      if (!DecodeInt(part, &pos, &position) ||
          !DecodeStory(part, &pos, &story)) {
        return Status::Corruption("--mpi", "bad story exchange");
      }
      mine.emplace_back(static_cast<int>(position), std::move(story));
    }
  }
  std::vector<Story> stories(mine.size());
  for (auto& [position, story] : mine) {
    if (position < 0 || position >= static_cast<int>(stories.size()))
      return Status::Corruption("--mpi", "story out of range");
    stories[position] = std::move(story);
  }
  return stories;
}

}  // namespace

Result<Analysis> LinkAndCorroborateMpi(const std::vector<Article>& articles,
                                       const PipelineOptions& options,
                                       PhaseTimer* timer) {
  const link::Shard shard = ThisShard();
  Status exchanged;
  std::vector<Reuse> found = link::FindReuseShard(
      articles, options.link, shard,
      [&](std::vector<std::pair<int, int>> mine) {
        timer->Sync("reuse-lsh");
        Result<std::vector<std::pair<int, int>>> all = GatherPairs(mine);
        timer->Lap("xchg-pairs");
        if (all.ok()) return std::move(all).value();
        exchanged = all.status();  // alike on every rank
        return mine;
      });
  if (!exchanged.ok()) return exchanged;
  timer->Sync("reuse-check");
  Result<std::vector<Reuse>> reuse = GatherReuse(std::move(found), shard.index);
  if (!reuse.ok()) return reuse.status();
  timer->Lap("xchg-reuse");
  // The pair scores are exchanged as one array of int-counted doubles.
  const size_t n = articles.size();
  if (n > 1 && n * (n - 1) / 2 > static_cast<size_t>(INT_MAX)) {
    return Status::NotSupported("--mpi",
                                "too many articles to cluster at once");
  }
  const std::vector<std::vector<int>> clusters = link::ClusterAtLevelShard(
      articles, reuse.value(), options.link, options.link.level, shard,
      [timer](std::vector<double> scores) {
        timer->Sync("cluster-pair");
        return GatherDoublesToAll(scores);
      });
  timer->Lap("cluster-rest");
  std::vector<std::pair<int, Story>> mine =
      CorroborateMine(articles, clusters, reuse.value(), options.corroborate,
                      shard.index, shard.count);
  timer->Sync("corroborate");
  Result<std::vector<Story>> stories =
      GatherStories(std::move(mine), shard.index);
  if (!stories.ok()) return stories.status();
  timer->Lap("xchg-story");
  Analysis analysis;
  if (shard.index != 0) return analysis;
  analysis.reuse = std::move(reuse).value();
  analysis.stories = std::move(stories).value();
  return analysis;
}

}  // namespace corroborate::pipeline
