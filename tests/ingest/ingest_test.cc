// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/ingest.h"

#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xxhash.h>

namespace corroborate {
namespace {

const std::string kData = CORROBORATE_TEST_DATA_DIR;

Result<std::vector<Article>> Ingest(
    const std::string& relative_path,
    std::vector<Status>* diagnostics = nullptr) {
  return IngestFile(kData + "/" + relative_path, IngestOptions(),
                    [&](const Status& s) {
                      if (diagnostics != nullptr) diagnostics->push_back(s);
                    });
}

Article IngestText(std::string_view text,
                   std::string_view path = "dir/story_7.txt") {
  Result<std::vector<Article>> read =
      IngestBytes(text, path, IngestOptions(), nullptr);
  EXPECT_TRUE(read.ok()) << read.status().ToString();
  return read.ok() ? read->front() : Article();
}

TEST(Ingest, TakesFirstNonEmptyLineAsTitle) {
  Article article = IngestText("\n\n  Harbour reopens  \n\nShips returned.\n");
  EXPECT_EQ(article.id, "story_7");
  EXPECT_EQ(article.path, "dir/story_7.txt");
  EXPECT_EQ(article.title, "Harbour reopens");
  ASSERT_EQ(article.paragraphs.size(), 1u);
  EXPECT_EQ(article.paragraphs[0].text, "Ships returned.");
  EXPECT_EQ(article.paragraphs[0].first_line, 5);
}

TEST(Ingest, SplitsOneParagraphPerLineWithoutBlankLines) {
  Article article =
      IngestText("Title\nFirst point.\nSecond point.\nThird point.");
  ASSERT_EQ(article.paragraphs.size(), 3u);
  EXPECT_EQ(article.paragraphs[2].first_line, 4);
}

TEST(Ingest, HashesTitleAndParagraphs) {
  Article article = IngestText("Title\n\nOne.\n\nTwo.\n");
  std::string text = "Title\nOne.\nTwo.";
  char expected[17];
  std::snprintf(
      expected, sizeof(expected), "%016llx",
      static_cast<unsigned long long>(XXH64(text.data(), text.size(), 0)));
  EXPECT_EQ(article.content_hash, expected);
}

TEST(Ingest, SameTextInOtherLayoutHasSameHash) {
  EXPECT_EQ(IngestText("Title\n\nOne.\n\nTwo.\n").content_hash,
            IngestText("Title\r\n\r\n  One.\r\n \r\nTwo.").content_hash);
  EXPECT_NE(IngestText("Title\n\nOne.\n").content_hash,
            IngestText("Title\n\nOne!\n").content_hash);
}

TEST(Ingest, FlagsDamagedLineAndItsParagraph) {
  Article article =
      IngestText("Title\n\nClean text here.\n\nThe storm hit n the night.\n");
  ASSERT_EQ(article.damaged_lines.size(), 1u);
  EXPECT_EQ(article.damaged_lines[0].line, 5);
  EXPECT_EQ(article.damaged_lines[0].problem, "dropped character");
  EXPECT_FALSE(article.paragraphs[0].damaged);
  EXPECT_TRUE(article.paragraphs[1].damaged);
}

TEST(Ingest, ReadsWindows1252File) {
  Result<std::vector<Article>> read = Ingest("encodings/windows1252.txt");
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(read->front().encoding, "WINDOWS-1252");
  EXPECT_EQ(read->front().title,
            "Caf\xC3\xA9 owners in Z\xC3\xBCrich protest new rules");
  EXPECT_TRUE(read->front().damaged_lines.empty());
}

TEST(Ingest, ReadsUtf16FilesLikeUtf8) {
  Result<std::vector<Article>> le = Ingest("encodings/utf16le_bom.txt");
  Result<std::vector<Article>> be = Ingest("encodings/utf16be_bom.txt");
  Result<std::vector<Article>> utf8 = Ingest("encodings/utf8_bom.txt");
  ASSERT_TRUE(le.ok() && be.ok() && utf8.ok());
  EXPECT_EQ(le->front().encoding, "UTF-16LE");
  EXPECT_EQ(be->front().encoding, "UTF-16BE");
  EXPECT_EQ(le->front().content_hash, utf8->front().content_hash);
  EXPECT_EQ(be->front().content_hash, utf8->front().content_hash);
  EXPECT_EQ(le->front().paragraphs.size(), 2u);
}

TEST(Ingest, RejectsEmptyFile) {
  Result<std::vector<Article>> read = Ingest("bad/empty.txt");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(), kData + "/bad/empty.txt: empty file");
}

TEST(Ingest, RejectsWhitespaceOnlyFile) {
  Result<std::vector<Article>> read = Ingest("bad/whitespace_only.txt");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(),
            kData + "/bad/whitespace_only.txt: empty file");
}

TEST(Ingest, RejectsBinaryFile) {
  Result<std::vector<Article>> read = Ingest("bad/binary.bin");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(), kData + "/bad/binary.bin: binary file");
}

TEST(Ingest, RejectsUndecodableBytes) {
  Result<std::vector<Article>> read = Ingest("bad/invalid_bytes.txt");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), Status::Code::kCorruption);
  EXPECT_NE(read.status().message().find("invalid_bytes.txt"),
            std::string::npos);
}

TEST(Ingest, RejectsMissingFile) {
  Result<std::vector<Article>> read = Ingest("bad/does_not_exist.txt");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), Status::Code::kNotFound);
}

TEST(Ingest, RejectsFileOverSizeLimit) {
  IngestOptions options;
  options.max_file_bytes = 16;
  Result<std::vector<Article>> read =
      IngestFile(kData + "/encodings/utf8_bom.txt", options, nullptr);
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("too large"), std::string::npos);
}

TEST(Ingest, RejectsInvalidOptions) {
  IngestOptions options;
  options.max_control_fraction = 1.5;
  Result<std::vector<Article>> read =
      IngestBytes("Title\n\nBody.", "a.txt", options, nullptr);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), Status::Code::kInvalidArgument);
}

TEST(Ingest, ReadsJsonlSkippingTheBrokenLine) {
  std::vector<Status> diagnostics;
  Result<std::vector<Article>> read =
      Ingest("bad/one_broken_line.jsonl", &diagnostics);
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->size(), 2u);
  EXPECT_EQ(read.value()[0].site, "Coastal Herald");
  EXPECT_EQ(read.value()[1].id, "one_broken_line:3");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].message(),
            kData + "/bad/one_broken_line.jsonl: line 2: not valid JSON");
}

TEST(Ingest, KeepsHtmlPageForExtract) {
  Result<std::vector<Article>> read =
      IngestBytes("<html><body><p>Hi</p></body></html>", "site/page.html",
                  IngestOptions(), nullptr);
  ASSERT_TRUE(read.ok());
  const Article& article = read->front();
  EXPECT_EQ(article.id, "page");
  EXPECT_EQ(article.html, "<html><body><p>Hi</p></body></html>");
  EXPECT_TRUE(article.paragraphs.empty());
  EXPECT_EQ(article.content_hash.size(), 16u);
}

TEST(Ingest, RecognisesHtmlByDoctypeWhateverTheName) {
  Result<std::vector<Article>> read =
      IngestBytes("\n<!DOCTYPE html>\n<html><p>x</p></html>", "-",
                  IngestOptions(), nullptr);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->front().id, "stdin");
  EXPECT_FALSE(read->front().html.empty());
}

TEST(Ingest, TreatsTextMentioningHtmlAsText) {
  Article article =
      IngestText("How to write <html> pages\n\nStart with a doctype.\n");
  EXPECT_TRUE(article.html.empty());
  EXPECT_EQ(article.paragraphs.size(), 1u);
}

}  // namespace
}  // namespace corroborate
