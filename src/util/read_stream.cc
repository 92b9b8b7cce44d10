// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "util/read_stream.h"

#include <algorithm>
#include <array>

namespace corroborate::util {

void AppendStream(std::istream& in, std::string* out, size_t max_bytes) {
  std::array<char, 1 << 16> block;
  for (size_t read = 0; read < max_bytes;) {
    const size_t want = std::min(block.size(), max_bytes - read);
    in.read(block.data(), static_cast<std::streamsize>(want));
    if (in.gcount() <= 0) break;
    out->append(block.data(), static_cast<size_t>(in.gcount()));
    read += static_cast<size_t>(in.gcount());
  }
}

std::string ReadStream(std::istream& in) {
  std::string bytes;
  AppendStream(in, &bytes);
  return bytes;
}

}  // namespace corroborate::util
