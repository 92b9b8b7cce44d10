// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "util/read_stream.h"

#include <array>

namespace corroborate::util {

std::string ReadStream(std::istream& in) {
  std::string bytes;
  std::array<char, 1 << 16> block;
  while (in.read(block.data(), block.size()), in.gcount() > 0) {
    bytes.append(block.data(), static_cast<size_t>(in.gcount()));
  }
  return bytes;
}

}  // namespace corroborate::util
