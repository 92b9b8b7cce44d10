// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/encoding_detector.h"

#include <string>

#include <gtest/gtest.h>

#include "ingest/test_bytes.h"

namespace corroborate::ingest {
namespace {

// "Café in Zürich – “open”" and a longer sentence, as Windows-1252 bytes.
const std::string kWindows1252 =
    "Caf\xE9 owners in Z\xFCrich said the \x93new\x94 opening hours would hurt "
    "trade \x96 and asked the council to think again before the summer.\n";

TEST(EncodingDetector, KeepsValidUtf8) {
  Result<DecodedText> decoded = DecodeToUtf8(
      "Caf\xC3\xA9 \xE2\x80\x9Copen\xE2\x80\x9D", "a.txt", IngestOptions());
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->encoding, "UTF-8");
  EXPECT_EQ(decoded->utf8, "Caf\xC3\xA9 \xE2\x80\x9Copen\xE2\x80\x9D");
}

TEST(EncodingDetector, StripsUtf8ByteOrderMark) {
  Result<DecodedText> decoded =
      DecodeToUtf8("\xEF\xBB\xBFHello", "a.txt", IngestOptions());
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->utf8, "Hello");
  EXPECT_EQ(decoded->encoding, "UTF-8");
}

TEST(EncodingDetector, DecodesUtf16LittleEndianWithBom) {
  std::string bytes(
      "\xFF\xFE"
      "C\0a\0f\0\xE9\0",
      10);
  Result<DecodedText> decoded = DecodeToUtf8(bytes, "a.txt", IngestOptions());
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->encoding, "UTF-16LE");
  EXPECT_EQ(decoded->utf8, "Caf\xC3\xA9");
}

TEST(EncodingDetector, DecodesUtf16BigEndianWithBom) {
  std::string bytes("\xFE\xFF\0C\0a\0f\0\xE9", 10);
  Result<DecodedText> decoded = DecodeToUtf8(bytes, "a.txt", IngestOptions());
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->encoding, "UTF-16BE");
  EXPECT_EQ(decoded->utf8, "Caf\xC3\xA9");
}

TEST(EncodingDetector, ConvertsWindows1252ToUtf8) {
  Result<DecodedText> decoded =
      DecodeToUtf8(kWindows1252, "a.txt", IngestOptions());
  ASSERT_TRUE(decoded.ok()) << decoded.status().ToString();
  EXPECT_EQ(decoded->encoding, "WINDOWS-1252");
  EXPECT_NE(decoded->utf8.find("Caf\xC3\xA9"), std::string::npos);
  EXPECT_NE(decoded->utf8.find("\xE2\x80\x9Cnew\xE2\x80\x9D"),
            std::string::npos);
}

TEST(EncodingDetector, RejectsNulBytesAsBinary) {
  Result<DecodedText> decoded =
      DecodeToUtf8(std::string("GIF89a\0\0\x01", 9), "x.gif", IngestOptions());
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().message(), "x.gif: binary file");
}

TEST(EncodingDetector, RejectsManyControlCharactersAsBinary) {
  EXPECT_TRUE(LooksBinary("ab\x01\x02\x03\x04 text", 0.05));
}

TEST(EncodingDetector, AcceptsTabsLineBreaksAndFormFeeds) {
  EXPECT_FALSE(LooksBinary("a\tb\r\nc\fd\n", 0.05));
}

TEST(EncodingDetector, RejectsBytesValidInNoEncoding) {
  Result<DecodedText> decoded = DecodeToUtf8(
      "Title\n\x81\x81\x81\x81 \x8D\x8D\x8F\x8F\n", "b.txt", IngestOptions());
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(decoded.status().message(),
            "b.txt: not valid UTF-8 or any known encoding");
}

TEST(EncodingDetector, DecodesUtf16WithoutByteOrderMark) {
  // Regression (issue 11): BOM-less UTF-16 was rejected as a binary file.
  std::string utf8 =
      "Tram line extended\n\nThe tram will run to the new hospital from "
      "March, the transport office said. Fa\xC3\xA7"
      "ade works end in May.";
  for (const char* charset : {"UTF-16LE", "UTF-16BE"}) {
    std::string bytes = fixtures::Encode(utf8, charset);
    EXPECT_STREQ(SniffUtf16(bytes), charset);
    Result<DecodedText> decoded = DecodeToUtf8(bytes, "t.txt", IngestOptions());
    ASSERT_TRUE(decoded.ok()) << charset << decoded.status().ToString();
    EXPECT_EQ(decoded->utf8, utf8);
    EXPECT_EQ(decoded->encoding, charset);
  }
}

TEST(EncodingDetector, DoesNotTakeBinaryOrShortInputForUtf16) {
  // Zeros in both positions (an image header and a table of integers).
  std::string table;
  for (int i = 0; i < 64; ++i) table += std::string("\x01\0\0\0", 4);
  EXPECT_EQ(SniffUtf16(table), nullptr);
  EXPECT_EQ(SniffUtf16(std::string("GIF89a\0\0\x01\0\x02", 11)), nullptr);
  // Too short to judge, and plain ASCII text without zeros.
  EXPECT_EQ(SniffUtf16(std::string("a\0b\0", 4)), nullptr);
  EXPECT_EQ(SniffUtf16("An ordinary line of text in ASCII."), nullptr);
  // Zeros in the odd positions but garbage once decoded: still binary.
  std::string controls;
  for (int i = 0; i < 64; ++i) controls += std::string("\x01\0", 2);
  EXPECT_STREQ(SniffUtf16(controls), "UTF-16LE");
  Result<DecodedText> decoded =
      DecodeToUtf8(controls, "c.bin", IngestOptions());
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().message(), "c.bin: binary file");
}

}  // namespace
}  // namespace corroborate::ingest
