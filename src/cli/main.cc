// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The `corroborate` tool: dispatches to one subcommand per file
// (src/cli/<name>_command.cc) and maps its result to the exit status.

#include <iostream>

#include "cli/command.h"

int main(int argc, char** argv) {
  using namespace corroborate::cli;
  CLI::App app{
      "corroborate: a news corroboration engine. Finds which articles tell the "
      "same story,\n"
      "who each claim is attributed to, who copied whom, and how many "
      "independent origins\n"
      "stand behind each claim.",
      "corroborate"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "corroborate 0.1.0");
  int exit_code = kExitOk;
  for (const CommandEntry& command : RegisteredCommands()) {
    command.add(&app, &exit_code);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);  // prints help or the error
    return code == 0 ? kExitOk : kExitUsage;
  }
  return exit_code;
}
