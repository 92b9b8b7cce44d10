// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// How subcommands plug into the `corroborate` tool: each one registers its
// flags on the CLI11 app and, when chosen, runs and leaves its exit code.
// Only main() turns that code into the process exit status.

#pragma once

#include <CLI/CLI.hpp>

namespace corroborate::cli {

// Process exit codes, the same for every subcommand.
enum ExitCode : int {
  kExitOk = 0,  // every input processed
  kExitInputsFailed =
      1,           // some inputs (or the store) failed; the rest were processed
  kExitUsage = 2,  // bad flags or arguments
};

// Registers `corroborate analyze`. When it runs, *exit_code receives its
// result.
void RegisterAnalyzeCommand(CLI::App* app, int* exit_code);

// Registers `corroborate extract`.
void RegisterExtractCommand(CLI::App* app, int* exit_code);

}  // namespace corroborate::cli
