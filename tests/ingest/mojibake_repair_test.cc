// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Mojibake repair on text written for the test: double-encoded letters and
// punctuation come back, real accented text and unrelated bytes stay, and
// a JSONL article reads repaired while its damage is still reported.

#include "ingest/mojibake_repair.h"

#include <string>

#include <gtest/gtest.h>

#include "ingest/jsonl_reader.h"

namespace corroborate::ingest {
namespace {

TEST(MojibakeRepair, DoubleEncodedCharactersComeBack) {
  // "Peña", "Libération": two-byte letters read as Windows-1252.
  EXPECT_EQ(RepairMojibake("Enrique Pe\xC3\x83\xC2\xB1"
                           "a Nieto"),
            "Enrique Pe\xC3\xB1"
            "a Nieto");
  EXPECT_EQ(RepairMojibake("Lib\xC3\x83\xC2\xA9ration"), "Lib\xC3\xA9ration");
  // "’" and "“ ”": three-byte punctuation whose bytes 0x80..0x9F are
  // Windows-1252's "€", "™", "œ" and an undefined byte (U+009D).
  EXPECT_EQ(RepairMojibake("Trump\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s aide"),
            "Trump\xE2\x80\x99s aide");
  EXPECT_EQ(RepairMojibake("\xC3\xA2\xE2\x82\xAC\xC5\x93We will see,"
                           "\xC3\xA2\xE2\x82\xAC\xC2\x9D he said."),
            "\xE2\x80\x9CWe will see,\xE2\x80\x9D he said.");
}

TEST(MojibakeRepair, RealTextStaysAsWritten) {
  for (const char* text :
       {"Plain ASCII text.",
        "\xC3\x80 la carte, \xC3\xA0 la mode, \xC3\x85ngstr\xC3\xB6m.",
        "Z\xC3\xBCrich, S\xC3\xA3o Paulo, \xC3\x98resund, \xC3\x83 la",
        "Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve \xE2\x80\x9Cquotes\xE2\x80\x9D",
        "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 and "
        "\xE4\xB8\xAD\xE6\x96\x87",
        "Broken \xC3 byte and \xFF too"}) {
    EXPECT_EQ(RepairMojibake(text), text) << text;
  }
}

TEST(MojibakeRepair, JsonlArticleIsReadRepairedAndTheDamageIsKept) {
  const std::string line =
      "{\"id\": \"m1\", \"title\": \"Pe\xC3\x83\xC2\xB1"
      "a visit\", "
      "\"text\": \"Pe\xC3\x83\xC2\xB1"
      "a Nieto said the talks went well.\"}";
  Result<std::vector<Article>> read =
      ReadJsonlArticles(line, "m.jsonl", [](const Status&) {});
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  ASSERT_EQ(read->size(), 1u);
  const Article& a = read->front();
  EXPECT_EQ(a.title,
            "Pe\xC3\xB1"
            "a visit");
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_EQ(a.paragraphs[0].text,
            "Pe\xC3\xB1"
            "a Nieto said the talks went well.");
  ASSERT_FALSE(a.damaged_lines.empty());
  EXPECT_EQ(a.damaged_lines[0].problem, "mojibake");
}

}  // namespace
}  // namespace corroborate::ingest
