// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "util/read_stream.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace corroborate::util {
namespace {

// Every byte value, over several 64 KiB blocks and a partial last one.
TEST(ReadStreamTest, ReadsEveryByteAcrossBlocks) {
  std::string bytes;
  for (size_t i = 0; i < 3 * 65536 + 17; ++i) {
    bytes += static_cast<char>(i * 7 % 256);
  }
  std::istringstream in(bytes);
  EXPECT_EQ(ReadStream(in), bytes);
}

TEST(ReadStreamTest, ReadsWhatIsLeftAfterEarlierReads) {
  std::istringstream in("header\nbody");
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(ReadStream(in), "body");
  EXPECT_EQ(ReadStream(in), "");
}

}  // namespace
}  // namespace corroborate::util
