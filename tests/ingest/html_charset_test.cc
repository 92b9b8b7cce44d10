// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/html_charset.h"

#include <string>

#include <gtest/gtest.h>

#include "ingest/test_bytes.h"

namespace corroborate::ingest {
namespace {

using fixtures::Encode;

std::string Page(std::string_view meta, std::string_view body) {
  return "<!DOCTYPE html><html><head>" + std::string(meta) +
         "<title>t</title></head><body><p>" + std::string(body) +
         "</p></body></html>";
}

DecodedText Decode(std::string_view bytes, std::string_view transport = "") {
  Result<DecodedText> decoded =
      DecodeHtml(bytes, transport, "page.html", IngestOptions());
  EXPECT_TRUE(decoded.ok()) << decoded.status().ToString();
  return decoded.ok() ? decoded.value() : DecodedText();
}

const char kRussian[] =
    "Трамвайная линия до вокзала снова работает после ремонта путей.";
const char kKorean[] = "시장 상인들은 새 지붕 공사가 끝났다고 말했다.";
const char kJapanese[] = "港の灯台は百年ぶりに新しいレンズに交換された。";
const char kGerman[] = "Die Fähre über den Fluss fährt wieder täglich.";

TEST(FindMetaCharset, ReadsBothMetaForms) {
  EXPECT_EQ(FindMetaCharset("<head><META CharSet=\"Windows-1251\">"),
            "windows-1251");
  EXPECT_EQ(FindMetaCharset("<meta http-equiv=\"Content-Type\" "
                            "content=\"text/html; charset=Shift_JIS\">"),
            "shift_jis");
  EXPECT_EQ(FindMetaCharset("<meta charset=euc-kr>"), "euc-kr");
}

TEST(FindMetaCharset, IgnoresOtherMetaAndLateDeclarations) {
  EXPECT_EQ(FindMetaCharset("<meta name=\"charset-note\" content=\"x\">"), "");
  EXPECT_EQ(FindMetaCharset("<p>charset=koi8-r</p>"), "");
  std::string late =
      "<head>" + std::string(5000, ' ') + "<meta charset=\"windows-1251\">";
  EXPECT_EQ(FindMetaCharset(late), "");
}

TEST(CharsetParameter, ReadsHttpContentType) {
  EXPECT_EQ(CharsetParameter("text/html; charset=EUC-KR"), "euc-kr");
  EXPECT_EQ(CharsetParameter("text/html"), "");
}

TEST(DecodeHtml, UsesMetaCharsetForCyrillic) {
  std::string page = Page("<meta charset=\"windows-1251\">", kRussian);
  DecodedText decoded = Decode(Encode(page, "windows-1251"));
  EXPECT_EQ(decoded.utf8, page);
  EXPECT_EQ(decoded.encoding, "windows-1251");
}

TEST(DecodeHtml, UsesHttpEquivForShiftJis) {
  std::string page = Page(
      "<meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=Shift_JIS\">",
      kJapanese);
  EXPECT_EQ(Decode(Encode(page, "Shift_JIS")).utf8, page);
}

TEST(DecodeHtml, TransportCharsetDecodesKoreanWithoutMeta) {
  std::string page = Page("", kKorean);
  std::string bytes = Encode(page, "EUC-KR");
  ASSERT_NE(bytes, page);
  EXPECT_EQ(Decode(bytes, "EUC-KR").utf8, page);
}

TEST(DecodeHtml, TransportCharsetWinsOverMeta) {
  std::string page = Page("<meta charset=\"iso-8859-5\">", kRussian);
  EXPECT_EQ(Decode(Encode(page, "windows-1251"), "windows-1251").utf8, page);
}

TEST(DecodeHtml, Latin1LabelDecodesAsWindows1252) {
  // 0x93/0x94 are curly quotes in windows-1252, controls in ISO-8859-1.
  std::string bytes =
      Encode(Page("<meta charset=\"iso-8859-1\">", kGerman), "windows-1252");
  bytes += "\x93quoted\x94";
  DecodedText decoded = Decode(bytes);
  EXPECT_NE(decoded.utf8.find("Fähre"), std::string::npos);
  EXPECT_NE(decoded.utf8.find("\u201Cquoted\u201D"), std::string::npos);
}

TEST(DecodeHtml, SingleByteDeclarationOnValidUtf8IsALie) {
  std::string page = Page("<meta charset=\"ISO-8859-1\">", kGerman);
  DecodedText decoded = Decode(page);
  EXPECT_EQ(decoded.utf8, page);  // no "FÃ¤hre"
  EXPECT_EQ(decoded.encoding, "UTF-8");
  std::string russian = Page("<meta charset=\"windows-1251\">", kRussian);
  EXPECT_EQ(Decode(russian).utf8, russian);
}

TEST(DecodeHtml, AsciiPageKeepsItsDeclaredSingleByteCharset) {
  std::string page = Page("<meta charset=\"windows-1251\">", "plain words");
  EXPECT_EQ(Decode(page).encoding, "windows-1251");
}

TEST(DecodeHtml, Utf8DeclarationOnOtherBytesFallsBackToDetection) {
  std::string text = std::string(kRussian) + " " + kRussian + " " + kRussian;
  std::string page = Page("<meta charset=\"utf-8\">", text);
  DecodedText decoded = Decode(Encode(page, "windows-1251"));
  EXPECT_EQ(decoded.utf8, page);
  EXPECT_NE(decoded.encoding, "UTF-8");
}

TEST(DecodeHtml, UnknownLabelFallsBackToDetection) {
  std::string page = Page("<meta charset=\"no-such-charset\">", kGerman);
  EXPECT_EQ(Decode(page).utf8, page);
}

TEST(DecodeHtml, ByteOrderMarkWinsOverMeta) {
  std::string page = Page("<meta charset=\"windows-1251\">", kGerman);
  DecodedText decoded = Decode("\xEF\xBB\xBF" + page);
  EXPECT_EQ(decoded.utf8, page);
  EXPECT_EQ(decoded.encoding, "UTF-8");
}

TEST(DecodeHtml, RejectsBinary) {
  std::string bytes = "<html>\x01\x02\x03\x04\x05\x06\x07\x08";
  bytes += std::string("\0\0", 2);
  Result<DecodedText> decoded =
      DecodeHtml(bytes, "", "img.html", IngestOptions());
  EXPECT_EQ(decoded.status().message(), "img.html: binary file");
}

}  // namespace
}  // namespace corroborate::ingest
