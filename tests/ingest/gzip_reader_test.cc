// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/gzip_reader.h"

#include <string>

#include <gtest/gtest.h>

#include "ingest/test_bytes.h"

namespace corroborate::ingest {
namespace {

using fixtures::Gzip;

TEST(GzipReader, RecognisesMagicNumber) {
  EXPECT_TRUE(IsGzip(Gzip("x")));
  EXPECT_FALSE(IsGzip("<html>"));
  EXPECT_FALSE(IsGzip("\x1f"));
}

TEST(GzipReader, DecompressesOneMember) {
  Gunzipped out = Gunzip(Gzip("Snow closed the mountain pass."), 1000, "a.gz");
  EXPECT_TRUE(out.error.ok()) << out.error.ToString();
  EXPECT_EQ(out.bytes, "Snow closed the mountain pass.");
}

TEST(GzipReader, JoinsMembersLikeGzipDoes) {
  std::string both = Gzip("first record\n") + Gzip("second record\n");
  Gunzipped out = Gunzip(both, 1000, "a.warc.gz");
  EXPECT_TRUE(out.error.ok());
  EXPECT_EQ(out.bytes, "first record\nsecond record\n");
}

TEST(GzipReader, IgnoresTrailingBytesThatStartNoMember) {
  Gunzipped out = Gunzip(Gzip("body") + "\0\0\0\0", 1000, "a.gz");
  EXPECT_TRUE(out.error.ok());
  EXPECT_EQ(out.bytes, "body");
}

TEST(GzipReader, ReportsTruncationAndKeepsDecodedPrefix) {
  std::string first = Gzip("complete member\n");
  std::string second = Gzip(std::string(5000, 'q'));
  std::string cut = first + second.substr(0, second.size() / 2);
  Gunzipped out = Gunzip(cut, 100000, "dir/crawl.warc.gz");
  EXPECT_EQ(out.error.message(), "dir/crawl.warc.gz: truncated gzip data");
  EXPECT_EQ(out.bytes.substr(0, 16), "complete member\n");
}

TEST(GzipReader, ReportsCorruptData) {
  std::string data = Gzip(std::string(2000, 'z') + "tail");
  for (size_t i = 12; i < data.size() - 8; ++i) data[i] = '\x55';
  Gunzipped out = Gunzip(data, 100000, "bad.gz");
  EXPECT_FALSE(out.error.ok());
  EXPECT_EQ(out.error.code(), Status::Code::kCorruption);
  EXPECT_EQ(out.error.message().rfind("bad.gz: corrupt gzip data", 0), 0u)
      << out.error.message();
}

TEST(GzipReader, StopsGzipBombAtTheCap) {
  // 64 MiB of zeros compress to about 64 KiB.
  std::string bomb = Gzip(std::string(64u << 20, '\0'));
  ASSERT_LT(bomb.size(), 200000u);
  Gunzipped out = Gunzip(bomb, 1u << 20, "bomb.html.gz");
  EXPECT_EQ(out.error.code(), Status::Code::kNotSupported);
  EXPECT_NE(out.error.message().find("exceeds 1048576 bytes"),
            std::string::npos);
  EXPECT_TRUE(out.bytes.empty());
}

TEST(GzipReader, AcceptsOutputExactlyAtTheCap) {
  Gunzipped out = Gunzip(Gzip(std::string(300000, 'a')), 300000, "a.gz");
  EXPECT_TRUE(out.error.ok());
  EXPECT_EQ(out.bytes.size(), 300000u);
}

}  // namespace
}  // namespace corroborate::ingest
