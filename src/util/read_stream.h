// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Reading the rest of a stream into memory in one piece.

#pragma once

#include <cstddef>
#include <istream>
#include <limits>
#include <string>

namespace corroborate::util {

// Appends the bytes left in `in` to `*out`, at most `max_bytes` of them,
// read in 64 KiB blocks. Copying through istreambuf_iterator takes a call
// per byte: a tenth of the gazetteer's load time under ASan, more for a
// 100 MB input. The bound lets a caller stop a pipe that has no size to
// check first (ingest reads standard input to one byte past its limit).
void AppendStream(std::istream& in, std::string* out,
                  size_t max_bytes = std::numeric_limits<size_t>::max());

// The bytes left in `in`.
std::string ReadStream(std::istream& in);

}  // namespace corroborate::util
