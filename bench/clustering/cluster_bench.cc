// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Scores our story clustering on the labelled sets (see docs/clustering.md):
// pairwise precision/recall/F1, BCubed F1 and ARI per set, and articles per
// second (reuse finding + clustering, one thread). WikiRef is labelled by
// topic, so it is scored at both levels; the event sets at the event level.
// One row per set and level; compare.sh prints the scikit-learn baseline's
// rows beside these, and ours without the learned pair model (run with
// CORROBORATE_MODELS_DIR pointing where there is none: the TF-IDF cosine).
// With --incremental the articles go one at a time, in date order, through
// link::StoryIndex (the path `serve` uses) instead of the batch clusterer;
// --learned makes the index use the learned pair score.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "corroborate/link.h"

#include "link/cluster_metrics.h"
#include "link/labelled_set.h"
#include "link/story_index.h"
#include "link/story_levels.h"

namespace corroborate {
namespace {

struct Run {
  std::string name;
  std::string path;
  link::Level level;
};

// StoryIndex's story ids, the articles added in date order (undated last).
std::vector<int> Incremental(const std::vector<Article>& articles,
                             const LinkOptions& options, link::Level level,
                             link::StoryIndex::Scoring scoring) {
  std::vector<int> order(articles.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return std::make_pair(articles[a].date.empty(), articles[a].date) <
           std::make_pair(articles[b].date.empty(), articles[b].date);
  });
  link::WordStemmer stemmer;
  const link::MinHasher hasher(link::StoryIndex::kMinHashFunctions);
  link::StoryIndex index(options.story_similarity, level, scoring);
  std::vector<int> ids(articles.size());
  for (int i : order) {
    ids[static_cast<size_t>(i)] =
        index.Add(link::ProfileArticle(articles[i], &stemmer, hasher, scoring));
  }
  return ids;
}

// `incremental`: 0 batch, 1 StoryIndex with the cosine, 2 with the learned
// score.
void Score(const Run& run, const LinkOptions& options,
           const std::string& system, int incremental) {
  const testing::LabelledSet set = testing::LoadLabelledSet(run.path);
  if (set.articles.empty()) {
    std::fprintf(stderr, "cannot read %s\n", run.path.c_str());
    return;
  }
  const int n = static_cast<int>(set.articles.size());
  const auto start = std::chrono::steady_clock::now();
  std::vector<int> ids;
  if (incremental > 0) {
    ids = Incremental(set.articles, options, run.level,
                      incremental == 2 ? link::StoryIndex::Scoring::kLearned
                                       : link::StoryIndex::Scoring::kCosine);
  } else {
    const auto reuse = FindReuse(set.articles, options);
    ids = link::ClusterIds(
        link::ClusterAtLevel(set.articles, reuse, options, run.level), n);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  const link::ClusterScores s = link::ScoreClustering(ids, set.labels);
  std::printf("%-12s %-22s %-6s %5d %6.3f %6.3f %6.3f %7.3f %6.3f %9.0f",
              system.c_str(), run.name.c_str(),
              run.level == link::Level::kTopic ? "topic" : "event", n,
              s.pair_precision, s.pair_recall, s.pair_f1, s.bcubed_f1, s.ari,
              n / seconds);
  if (incremental > 0) {
    // Agreement with the batch clusterer: pairwise F1 of one partition
    // against the other.
    const auto batch = link::ClusterIds(
        link::ClusterAtLevel(set.articles, FindReuse(set.articles, options),
                             options, run.level),
        n);
    std::vector<std::string> batch_labels;
    for (int id : batch) batch_labels.push_back(std::to_string(id));
    std::printf("  vs batch F1 %.3f",
                link::ScoreClustering(ids, batch_labels).pair_f1);
  }
  std::printf("\n");
}

}  // namespace
}  // namespace corroborate

int main(int argc, char** argv) {
  using corroborate::link::Level;
  CLI::App app{"Story clustering quality on the labelled sets"};
  std::string shared = CORROBORATE_SHARED_DIR;
  std::string events =
      std::string(CORROBORATE_TEST_DATA_DIR) + "/events/events.jsonl";
  app.add_option("--shared", shared, "The shared corpora folder");
  app.add_option("--events", events, "Our own event set (JSONL)");
  std::string heldout =
      std::string(CORROBORATE_TEST_DATA_DIR) + "/events_heldout/events.jsonl";
  app.add_option("--heldout", heldout,
                 "The event set written by someone who never saw the "
                 "clusterer, scored, never tuned on (JSONL)");
  std::string system = "corroborate";
  app.add_option("--system", system, "Name printed in the system column");
  bool incremental = false, learned = false;
  app.add_flag("--incremental", incremental,
               "Cluster with link::StoryIndex, one article at a time");
  app.add_flag("--learned", learned,
               "With --incremental: StoryIndex with the learned score");
  double similarity = corroborate::LinkOptions().story_similarity;
  app.add_option("--similarity", similarity,
                 "LinkOptions::story_similarity (the threshold)");
  bool header = true;
  app.add_flag("!--no-header", header, "Do not print the column names");
  CLI11_PARSE(app, argc, argv);
  const std::string dir = shared + "/corpus/clustering/";
  const std::vector<corroborate::Run> runs = {
      {"wikiref-dev", dir + "wikiref-dev.jsonl", Level::kTopic},
      {"wikiref-dev", dir + "wikiref-dev.jsonl", Level::kEvent},
      {"polnear-dev-events", dir + "polnear-dev-events.jsonl", Level::kEvent},
      {"polnear-train-events", dir + "polnear-train-events.jsonl",
       Level::kEvent},
      {"events (ours)", events, Level::kEvent},
      {"events (held out)", heldout, Level::kEvent},
  };
  if (header) {
    std::printf("%-12s %-22s %-6s %5s %6s %6s %6s %7s %6s %9s\n", "system",
                "set", "level", "n", "pairP", "pairR", "pairF1", "B3-F1", "ARI",
                "art/s");
  }
  corroborate::LinkOptions options;
  options.story_similarity = similarity;
  for (const auto& run : runs)
    corroborate::Score(run, options, system,
                       incremental ? (learned ? 2 : 1) : 0);
  return 0;
}
