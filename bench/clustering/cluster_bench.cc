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

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "corroborate/link.h"

#include "link/cluster_metrics.h"
#include "link/labelled_set.h"
#include "link/story_levels.h"

namespace corroborate {
namespace {

struct Run {
  std::string name;
  std::string path;
  link::Level level;
};

void Score(const Run& run, const LinkOptions& options,
           const std::string& system) {
  const testing::LabelledSet set = testing::LoadLabelledSet(run.path);
  if (set.articles.empty()) {
    std::fprintf(stderr, "cannot read %s\n", run.path.c_str());
    return;
  }
  const auto start = std::chrono::steady_clock::now();
  const auto reuse = FindReuse(set.articles, options);
  const auto stories =
      link::ClusterAtLevel(set.articles, reuse, options, run.level);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  const int n = static_cast<int>(set.articles.size());
  const link::ClusterScores s =
      link::ScoreClustering(link::ClusterIds(stories, n), set.labels);
  std::printf("%-12s %-22s %-6s %5d %6.3f %6.3f %6.3f %7.3f %6.3f %9.0f\n",
              system.c_str(), run.name.c_str(),
              run.level == link::Level::kTopic ? "topic" : "event", n,
              s.pair_precision, s.pair_recall, s.pair_f1, s.bcubed_f1, s.ari,
              n / seconds);
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
  std::string system = "corroborate";
  app.add_option("--system", system, "Name printed in the system column");
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
  };
  if (header) {
    std::printf("%-12s %-22s %-6s %5s %6s %6s %6s %7s %6s %9s\n", "system",
                "set", "level", "n", "pairP", "pairR", "pairF1", "B3-F1", "ARI",
                "art/s");
  }
  const corroborate::LinkOptions options;
  for (const auto& run : runs) corroborate::Score(run, options, system);
  return 0;
}
