// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Where the learned models (models/*.tsv, written by tools/*.py) are read
// from at run time, shared by every stage that loads one.

#pragma once

#include <filesystem>
#include <string>

namespace corroborate::util {

// $CORROBORATE_MODELS_DIR when set and non-empty, else the source tree's
// models/ (a compile-time path).
std::filesystem::path ModelsDir();

// The whole text of ModelsDir()/name, or "" when it cannot be read: each
// loader then falls back to its built-in behaviour, so a missing model
// never stops a run.
std::string ReadModelFile(const std::string& name);

}  // namespace corroborate::util
