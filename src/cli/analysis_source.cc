// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "cli/analysis_source.h"

#include <iostream>
#include <memory>

#include "corroborate/pipeline.h"
#include "corroborate/store.h"

namespace corroborate::cli {

void PrintError(const Status& status) {
  std::cerr << "corroborate: " << status.message() << "\n";
}

Result<Analysis> LoadAnalysisFrom(const AnalysisSource& source,
                                  int* inputs_failed) {
  if (!source.paths.empty()) {
    PipelineOptions options;
    options.store.url = "";
    options.link.level = ToStoryLevel(source.level);
    Result<PipelineRun> run = RunPipeline(source.paths, options, PrintError);
    if (!run.ok()) return run.status();
    *inputs_failed = run->inputs_failed;
    return std::move(run.value().analysis);
  }
  Result<std::unique_ptr<Store>> store = Store::Open({.url = source.db});
  if (!store.ok()) return store.status();
  return store.value()->LoadAnalysis();
}

void AddAnalysisSourceOptions(CLI::App* cmd, AnalysisSource* source) {
  CLI::Option* paths =
      cmd->add_option("paths", source->paths,
                      "Analyse these files or directories instead of reading "
                      "the store (nothing is stored)")
          ->type_name("PATH");
  cmd->add_option("--db", source->db, "SQLite database to read")
      ->type_name("FILE")
      ->capture_default_str();
  // A store keeps the stories it was analysed with, so --level without
  // PATHs is a usage error rather than silently ignored.
  AddLevelOption(cmd, &source->level, "; with PATHs only")->needs(paths);
}

CLI::Option* AddLevelOption(CLI::App* cmd, std::string* level,
                            const std::string& what_for) {
  return cmd
      ->add_option("--level", *level,
                   "What a story groups: event (one happening within a few "
                   "days; the default) or topic (one subject over any span "
                   "of time, e.g. a league's season or a public figure)" +
                       what_for)
      ->check(CLI::IsMember({"event", "topic"}))
      ->capture_default_str();
}

StoryLevel ToStoryLevel(const std::string& level) {
  return level == "topic" ? StoryLevel::kTopic : StoryLevel::kEvent;
}

}  // namespace corroborate::cli
