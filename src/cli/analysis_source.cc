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

Result<Analysis> LoadAnalysisFrom(const std::vector<std::string>& paths,
                                  const std::string& db, int* inputs_failed) {
  if (!paths.empty()) {
    PipelineOptions options;
    options.store.url = "";
    Result<PipelineRun> run = RunPipeline(paths, options, PrintError);
    if (!run.ok()) return run.status();
    *inputs_failed = run->inputs_failed;
    return std::move(run.value().analysis);
  }
  Result<std::unique_ptr<Store>> store = Store::Open({.url = db});
  if (!store.ok()) return store.status();
  return store.value()->LoadAnalysis();
}

void AddAnalysisSourceOptions(CLI::App* cmd, std::vector<std::string>* paths,
                              std::string* db) {
  cmd->add_option("paths", *paths,
                  "Analyse these files or directories instead of reading the "
                  "store (nothing is stored)")
      ->type_name("PATH");
  cmd->add_option("--db", *db, "SQLite database to read")
      ->type_name("FILE")
      ->capture_default_str();
}

}  // namespace corroborate::cli
