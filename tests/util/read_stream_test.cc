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

// A bound stops the read there, also inside a block, and appends after
// what the string held.
TEST(ReadStreamTest, AppendStopsAtTheBound) {
  std::string bytes(2 * 65536 + 5, 'x');
  std::istringstream in(bytes);
  std::string out = "kept:";
  AppendStream(in, &out, 65536 + 3);
  EXPECT_EQ(out.size(), 5 + 65536 + 3u);
  EXPECT_EQ(out.substr(0, 5), "kept:");
  // The rest is still in the stream.
  EXPECT_EQ(ReadStream(in).size(), 65536 + 2u);
  std::istringstream empty("");
  AppendStream(empty, &out, 10);
  EXPECT_EQ(out.size(), 5 + 65536 + 3u);
}

}  // namespace
}  // namespace corroborate::util
