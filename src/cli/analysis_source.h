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
#include "corroborate/status.h"

namespace corroborate::cli {

// Prints "corroborate: <subject>: <problem>" on stderr.
void PrintError(const Status& status);

// The analysis of `paths` when there are any (nothing is stored; each bad
// input is printed and counted in *inputs_failed), else the analysis kept in
// the store at `db`.
Result<Analysis> LoadAnalysisFrom(const std::vector<std::string>& paths,
                                  const std::string& db, int* inputs_failed);

// Adds the PATH... positional and the --db option that choose between the
// two, with the same help text on every subcommand that has them.
void AddAnalysisSourceOptions(CLI::App* cmd, std::vector<std::string>* paths,
                              std::string* db);

}  // namespace corroborate::cli
