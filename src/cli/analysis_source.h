// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Where the read-only subcommands (report, stats, explain) take their
// analysis from: the inputs named on the command line, analysed without
// storing, or else the store.

#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "corroborate/article.h"
#include "corroborate/options.h"
#include "corroborate/status.h"

namespace corroborate::cli {

// Prints "corroborate: <subject>: <problem>" on stderr.
void PrintError(const Status& status);

// Where a read-only subcommand's analysis comes from, as its flags say.
struct AnalysisSource {
  std::vector<std::string> paths;     // analysed when not empty
  std::string db = "corroborate.db";  // read when `paths` is empty
  std::string level = "event";  // --level, for `paths`: "event" or "topic"
};

// The analysis of `source.paths` when there are any, grouped at
// `source.level` (nothing is stored; each bad input is printed and counted
// in *inputs_failed), else the analysis kept in the store at `source.db`.
Result<Analysis> LoadAnalysisFrom(const AnalysisSource& source,
                                  int* inputs_failed);

// Adds the PATH... positional, --db and --level that fill `source`, with the
// same help text on every subcommand that has them.
void AddAnalysisSourceOptions(CLI::App* cmd, AnalysisSource* source);

// Adds --level (event or topic, checked) writing to `level`; `what_for`
// ends its help text.
CLI::Option* AddLevelOption(CLI::App* cmd, std::string* level,
                            const std::string& what_for);

// The StoryLevel a checked --level value names.
StoryLevel ToStoryLevel(const std::string& level);

}  // namespace corroborate::cli
