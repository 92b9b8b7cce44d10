// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "pipeline/mpi_link.h"

#include <climits>
#include <cstdint>
#include <string>
#include <utility>

#include <mpi.h>
#include <nlohmann/json.hpp>

#include "corroborate/corroborate.h"

#include "link/shard_link.h"
#include "pipeline/mpi_partition.h"
#include "util/analysis_json.h"

namespace corroborate::pipeline {
namespace {

using nlohmann::json;

link::Shard ThisShard() {
  link::Shard shard;
  MPI_Comm_rank(MPI_COMM_WORLD, &shard.index);
  MPI_Comm_size(MPI_COMM_WORLD, &shard.count);
  return shard;
}

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Every rank's reuse, concatenated in rank order, on every rank. This
// rank's own part is kept as it is, not parsed back.
Result<std::vector<Reuse>> GatherReuse(std::vector<Reuse> mine, int rank) {
  json out = json::array();
  for (const Reuse& r : mine) out.push_back(util::ReuseToJson(r));
  Result<std::vector<std::string>> parts = GatherToAll(Dump(out));
  if (!parts.ok()) return parts.status();
  std::vector<Reuse> all;
  for (int r = 0; r < static_cast<int>(parts->size()); ++r) {
    if (r == rank) {
      for (Reuse& own : mine) all.push_back(std::move(own));
      continue;
    }
    const json array = json::parse(parts.value()[r], nullptr, false);
    if (array.is_discarded()) return Status::Corruption("--mpi", "bad reuse");
    for (const json& item : array) {
      Result<Reuse> reuse = util::ReuseFromJson(item);
      if (!reuse.ok()) return reuse.status();
      all.push_back(std::move(reuse).value());
    }
  }
  return all;
}

// The rank that corroborates each story: greedy by estimated cost, the
// squared number of sentences (ClaimMatcher compares them pairwise).
std::vector<int> AssignStories(const std::vector<Article>& articles,
                               const std::vector<std::vector<int>>& clusters,
                               int ranks) {
  std::vector<uint64_t> cost;
  for (const std::vector<int>& cluster : clusters) {
    uint64_t sentences = 0;
    for (int a : cluster) sentences += articles[a].sentences.size();
    cost.push_back(sentences * sentences + 1);
  }
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
    const std::string id = "S" + std::to_string(position[i] + 1);
    for (Claim& claim : story.claims)
      claim.id = id + claim.id.substr(story.id.size());
    story.id = id;
    out.emplace_back(position[i], std::move(story));
  }
  return out;
}

// Rank 0: every rank's stories in story order (empty elsewhere).
Result<std::vector<Story>> GatherStories(
    std::vector<std::pair<int, Story>> mine, int rank) {
  json out = json::array();
  if (rank != 0) {
    for (const auto& [position, story] : mine)
      out.push_back({position, util::StoryToJson(story)});
  }
  Result<std::vector<std::string>> parts = GatherToRoot(Dump(out));
  if (!parts.ok()) return parts.status();
  if (rank != 0) return std::vector<Story>();
  for (size_t r = 1; r < parts->size(); ++r) {
    const json array = json::parse(parts.value()[r], nullptr, false);
    if (array.is_discarded()) return Status::Corruption("--mpi", "bad story");
    for (const json& item : array) {
      Result<Story> story = util::StoryFromJson(item.at(1));
      if (!story.ok()) return story.status();
      mine.emplace_back(item.at(0).get<int>(), std::move(story).value());
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
  std::vector<Reuse> found =
      link::FindReuseShard(articles, options.link, shard);
  timer->Sync("reuse");
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
      articles, reuse.value(), options.link, link::Level::kEvent, shard,
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
