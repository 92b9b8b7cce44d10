// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "cli/command.h"

#include <algorithm>

namespace corroborate::cli {
namespace {

// A function-local static, so registration from other files' static
// initialisers never runs before the vector exists.
std::vector<CommandEntry>& Registry() {
  static std::vector<CommandEntry> registry;
  return registry;
}

}  // namespace

bool RegisterCommand(const char* name, int order, AddCommandFn add) {
  Registry().push_back({name, order, add});
  return true;
}

std::vector<CommandEntry> RegisteredCommands() {
  std::vector<CommandEntry> commands = Registry();
  std::stable_sort(commands.begin(), commands.end(),
                   [](const CommandEntry& a, const CommandEntry& b) {
                     return a.order < b.order;
                   });
  return commands;
}

}  // namespace corroborate::cli
