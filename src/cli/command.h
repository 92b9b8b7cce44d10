// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// How subcommands plug into the `corroborate` tool. Each subcommand lives in
// src/cli/<name>_command.cc and registers itself at start-up:
//
//   static const bool kRegistered = RegisterCommand("analyze", 10, AddAnalyze);
//
// where AddAnalyze adds the subcommand and its flags to the CLI11 app and,
// when the subcommand runs, leaves its exit code. Only main() turns that code
// into the process exit status. Adding a subcommand therefore touches only
// its own file and src/cli/CMakeLists.txt.

#pragma once

#include <vector>

#include <CLI/CLI.hpp>

namespace corroborate::cli {

// Process exit codes, the same for every subcommand.
enum ExitCode : int {
  kExitOk = 0,  // every input processed
  kExitInputsFailed =
      1,           // some inputs (or the store) failed; the rest were processed
  kExitUsage = 2,  // bad flags or arguments
};

// Adds one subcommand to `app`; when it runs, it stores its ExitCode in
// *exit_code.
using AddCommandFn = void (*)(CLI::App* app, int* exit_code);

struct CommandEntry {
  const char* name;  // the subcommand, e.g. "analyze"
  int order;         // position in --help: lower first
  AddCommandFn add;
};

// Records a subcommand; returns true so it can initialise a static. Called
// before main() runs; not thread-safe.
bool RegisterCommand(const char* name, int order, AddCommandFn add);

// Every registered subcommand, ordered by `order`.
std::vector<CommandEntry> RegisteredCommands();

}  // namespace corroborate::cli
