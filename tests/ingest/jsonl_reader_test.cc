// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/jsonl_reader.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace corroborate::ingest {
namespace {

struct Collected {
  std::vector<Status> diagnostics;
  DiagnosticSink Sink() {
    return [this](const Status& status) { diagnostics.push_back(status); };
  }
};

TEST(JsonlReader, ReadsAllFields) {
  Collected collected;
  Result<std::vector<Article>> read = ReadJsonlArticles(
      R"({"id": "k9", "title": "Dam opens", "text": "Water flowed.\n\nFarmers cheered.",)"
      R"( "url": "https://example.net/dam", "date": "2022-03-01", "source": "Valley Post"})",
      "feed.jsonl", collected.Sink());
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->size(), 1u);
  const Article& article = read->front();
  EXPECT_EQ(article.id, "k9");
  EXPECT_EQ(article.title, "Dam opens");
  EXPECT_EQ(article.url, "https://example.net/dam");
  EXPECT_EQ(article.date, "2022-03-01");
  EXPECT_EQ(article.site, "Valley Post");
  EXPECT_EQ(article.path, "feed.jsonl");
  EXPECT_TRUE(collected.diagnostics.empty());
}

TEST(JsonlReader, NumbersParagraphLinesWithinText) {
  Collected collected;
  Result<std::vector<Article>> read = ReadJsonlArticles(
      R"({"id": "k1", "title": "T", "text": "One.\n\nTwo.\nThree."})",
      "f.jsonl", collected.Sink());
  ASSERT_TRUE(read.ok());
  const std::vector<Paragraph>& paragraphs = read->front().paragraphs;
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[0].first_line, 1);
  EXPECT_EQ(paragraphs[1].first_line, 3);
  EXPECT_EQ(paragraphs[2].first_line, 4);
}

TEST(JsonlReader, ReportsBadLineAndReadsTheOthers) {
  Collected collected;
  Result<std::vector<Article>> read = ReadJsonlArticles(
      "{\"id\": \"a\", \"title\": \"A\", \"text\": \"Alpha.\"}\n"
      "{\"id\": \"b\", \"title\": \n"
      "{\"id\": \"c\", \"title\": \"C\", \"text\": \"Gamma.\"}\n",
      "feed.jsonl", collected.Sink());
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->size(), 2u);
  EXPECT_EQ(read.value()[1].id, "c");
  ASSERT_EQ(collected.diagnostics.size(), 1u);
  EXPECT_EQ(collected.diagnostics[0].code(), Status::Code::kCorruption);
  EXPECT_EQ(collected.diagnostics[0].message(),
            "feed.jsonl: line 2: not valid JSON");
}

TEST(JsonlReader, ReportsRecordWithoutText) {
  Collected collected;
  Result<std::vector<Article>> read = ReadJsonlArticles(
      "[1, 2]\n{\"id\": \"x\", \"title\": \"No body\"}\n{\"title\": \"Ok\", "
      "\"text\": \"Fine.\"}",
      "dir/news.jsonl", collected.Sink());
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(collected.diagnostics.size(), 2u);
  EXPECT_EQ(collected.diagnostics[0].message(),
            "dir/news.jsonl: line 1: not a JSON object");
  EXPECT_EQ(collected.diagnostics[1].message(),
            "dir/news.jsonl: line 2: no string \"text\" or \"html\" field");
  ASSERT_EQ(read->size(), 1u);
  EXPECT_EQ(read->front().id, "news:3");
}

TEST(JsonlReader, FailsWhenNoRecordIsReadable) {
  Collected collected;
  Result<std::vector<Article>> read =
      ReadJsonlArticles("not json\n", "f.jsonl", collected.Sink());
  EXPECT_FALSE(read.ok());
  EXPECT_EQ(collected.diagnostics.size(), 1u);
}

TEST(JsonlReader, FlagsDamagedLinesOfText) {
  Collected collected;
  Result<std::vector<Article>> read = ReadJsonlArticles(
      R"({"id": "d", "title": "T", "text": "Fine line.\n\nA caf\ufffd opened."})",
      "f.jsonl", collected.Sink());
  ASSERT_TRUE(read.ok());
  const Article& article = read->front();
  ASSERT_EQ(article.damaged_lines.size(), 1u);
  EXPECT_EQ(article.damaged_lines[0].line, 3);
  EXPECT_FALSE(article.paragraphs[0].damaged);
  EXPECT_TRUE(article.paragraphs[1].damaged);
}

TEST(JsonlReader, TakesTitleFromTextWhenMissing) {
  Collected collected;
  Result<std::vector<Article>> read = ReadJsonlArticles(
      R"({"id": "t", "text": "\nMarket closes early\n\nTraders went home.",)"
      R"( "publisher": "City Wire", "publication_date": "2020-01-02"})",
      "f.jsonl", collected.Sink());
  ASSERT_TRUE(read.ok());
  const Article& article = read->front();
  EXPECT_EQ(article.title, "Market closes early");
  EXPECT_EQ(article.site, "City Wire");
  EXPECT_EQ(article.date, "2020-01-02");
  ASSERT_EQ(article.paragraphs.size(), 1u);
  EXPECT_EQ(article.paragraphs[0].first_line, 4);
}

TEST(JsonlReader, KeepsHtmlFieldAsPageForExtract) {
  Collected collected;
  Result<std::vector<Article>> read = ReadJsonlArticles(
      R"({"id": "p1", "url": "https://example.org/tram", "html": "<html><body><p>Trams run again.</p></body></html>"})"
      "\n"
      R"({"id": "p2", "html": 42})",
      "pages.jsonl", collected.Sink());
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->size(), 1u);
  const Article& article = read->front();
  EXPECT_EQ(article.id, "p1");
  EXPECT_EQ(article.url, "https://example.org/tram");
  EXPECT_EQ(article.html, "<html><body><p>Trams run again.</p></body></html>");
  EXPECT_TRUE(article.paragraphs.empty());
  EXPECT_EQ(article.content_hash.size(), 16u);
  // A non-string "html" is no page.
  ASSERT_EQ(collected.diagnostics.size(), 1u);
  EXPECT_NE(collected.diagnostics[0].message().find("line 2"),
            std::string::npos);
}

TEST(JsonlReader, PrefersTextOverHtmlWhenBothAreGiven) {
  Collected collected;
  Result<std::vector<Article>> read = ReadJsonlArticles(
      R"({"title": "Quay", "text": "Boats moored.", "html": "<p>x</p>"})",
      "both.jsonl", collected.Sink());
  ASSERT_TRUE(read.ok());
  EXPECT_TRUE(read->front().html.empty());
  ASSERT_EQ(read->front().paragraphs.size(), 1u);
  EXPECT_EQ(read->front().paragraphs[0].text, "Boats moored.");
}

}  // namespace
}  // namespace corroborate::ingest
