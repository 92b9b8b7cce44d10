// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "util/model_file.h"

#include <cstdlib>
#include <fstream>

#include "util/read_stream.h"

namespace corroborate::util {

std::filesystem::path ModelsDir() {
  const char* env = std::getenv("CORROBORATE_MODELS_DIR");
  return env != nullptr && *env != 0
             ? std::filesystem::path(env)
             : std::filesystem::path(CORROBORATE_MODELS_DIR);
}

std::string ReadModelFile(const std::string& name) {
  std::ifstream in(ModelsDir() / name, std::ios::binary);
  return ReadStream(in);
}

}  // namespace corroborate::util
