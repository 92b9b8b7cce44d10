// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/warc_reader.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ingest/test_bytes.h"

namespace corroborate::ingest {
namespace {

using fixtures::Chunked;
using fixtures::Encode;
using fixtures::Gzip;
using fixtures::HttpMessage;
using fixtures::WarcRecordBytes;
using fixtures::WarcResponse;

const char kPage[] =
    "<html><head><title>Bridge toll scrapped</title></head><body><p>The toll "
    "on the river bridge ends in May.</p></body></html>";

std::string HtmlResponse(std::string_view body,
                         std::vector<std::string> extra = {}) {
  extra.insert(extra.begin(), "Content-Type: text/html");
  return HttpMessage(200, extra, body);
}

struct Read {
  std::vector<Article> articles;
  std::vector<std::string> errors;
  WarcSummary summary;
};

Read ReadWarc(std::string_view bytes, std::string_view path = "c/crawl.warc") {
  Read read;
  read.articles = ReadWarcArticles(
      bytes, path, IngestOptions(),
      [&](const Status& s) { read.errors.push_back(s.message()); },
      &read.summary);
  return read;
}

TEST(WarcReader, TurnsHtml200ResponsesIntoArticles) {
  std::string warc = WarcRecordBytes("warcinfo", "", "application/warc-fields",
                                     "software: test\r\n") +
                     WarcRecordBytes("request", "http://a.example/x",
                                     "application/http;msgtype=request",
                                     "GET /x HTTP/1.1\r\n\r\n") +
                     WarcResponse("http://a.example/x", HtmlResponse(kPage));
  Read read = ReadWarc(warc);
  EXPECT_TRUE(read.errors.empty());
  ASSERT_EQ(read.articles.size(), 1u);
  const Article& article = read.articles[0];
  EXPECT_EQ(article.id, "crawl#3");
  EXPECT_EQ(article.path, "c/crawl.warc");
  EXPECT_EQ(article.url, "http://a.example/x");
  EXPECT_EQ(article.date, "2024-05-06");
  EXPECT_EQ(article.html, kPage);
  EXPECT_EQ(article.encoding, "UTF-8");
  EXPECT_EQ(read.summary.records, 3);
  EXPECT_EQ(read.summary.articles, 1);
  EXPECT_EQ(read.summary.skipped.at("warcinfo"), 1);
  EXPECT_EQ(read.summary.skipped.at("request"), 1);
}

TEST(WarcReader, SkipsAndCountsEverythingElse) {
  std::string warc =
      WarcResponse("http://a.example/gone",
                   HttpMessage(404, {"Content-Type: text/html"}, "<p>no</p>")) +
      WarcResponse("http://a.example/logo.png",
                   HttpMessage(200, {"Content-Type: image/png"}, "PNG")) +
      WarcRecordBytes("revisit", "http://a.example/x",
                      "application/http;msgtype=response",
                      "HTTP/1.1 200 OK\r\n\r\n") +
      WarcRecordBytes("metadata", "http://a.example/x",
                      "application/warc-fields", "outlink: y\r\n") +
      WarcRecordBytes("response", "dns:a.example", "text/dns",
                      "20240506 a.example. 300 IN A 192.0.2.1\n");
  Read read = ReadWarc(warc);
  EXPECT_TRUE(read.articles.empty());
  EXPECT_TRUE(read.errors.empty());
  EXPECT_EQ(read.summary.skipped.at("status 404"), 1);
  EXPECT_EQ(read.summary.skipped.at("not html"), 1);
  EXPECT_EQ(read.summary.skipped.at("revisit"), 1);
  EXPECT_EQ(read.summary.skipped.at("metadata"), 1);
  EXPECT_EQ(read.summary.skipped.at("not http"), 1);
}

TEST(WarcReader, DecodesChunkedGzipBodyAndHttpCharset) {
  std::string russian =
      "<html><body><p>Паром снова ходит через пролив каждый день.</p></body>"
      "</html>";
  std::string body = Chunked(Gzip(Encode(russian, "windows-1251")), 16);
  std::string warc = WarcResponse(
      "http://b.example/ferry",
      HttpMessage(200,
                  {"Content-Type: text/html; charset=windows-1251",
                   "Transfer-Encoding: chunked", "Content-Encoding: gzip"},
                  body));
  Read read = ReadWarc(warc);
  ASSERT_EQ(read.articles.size(), 1u) << ::testing::PrintToString(read.errors);
  EXPECT_EQ(read.articles[0].html, russian);
  EXPECT_EQ(read.articles[0].encoding, "windows-1251");
}

TEST(WarcReader, ReportsRecordRunningPastEndOfFile) {
  std::string warc = WarcResponse("http://a.example/1", HtmlResponse(kPage)) +
                     WarcRecordBytes("response", "http://a.example/2",
                                     "application/http;msgtype=response",
                                     HtmlResponse(kPage), 100000);
  Read read = ReadWarc(warc, "dir/site.warc.gz");
  EXPECT_EQ(read.articles.size(), 1u);
  ASSERT_EQ(read.errors.size(), 1u);
  EXPECT_EQ(read.errors[0],
            "dir/site.warc.gz: WARC record 2: Content-Length runs past end of "
            "file");
  EXPECT_EQ(read.summary.corrupt, 1);
}

TEST(WarcReader, ResyncsAfterACorruptRecord) {
  // Record 2 has no Content-Length; record 3 claims fewer bytes than it
  // has. Record 4 follows them and must be read.
  std::string short_length = WarcRecordBytes(
      "response", "http://a.example/2", "application/http;msgtype=response",
      HtmlResponse(kPage), 5);
  std::string no_length = "WARC/1.0\r\nWARC-Type: response\r\n\r\njunk\r\n\r\n";
  std::string warc = WarcResponse("http://a.example/1", HtmlResponse(kPage)) +
                     no_length + short_length +
                     WarcResponse("http://a.example/4", HtmlResponse(kPage));
  Read read = ReadWarc(warc, "s.warc");
  std::vector<std::string> urls;
  for (const Article& a : read.articles) urls.push_back(a.url);
  EXPECT_EQ(urls, (std::vector<std::string>{"http://a.example/1",
                                            "http://a.example/4"}));
  EXPECT_EQ(read.articles.back().id, "s#4");
  EXPECT_EQ(read.errors,
            (std::vector<std::string>{
                "s.warc: WARC record 2: missing or bad Content-Length",
                "s.warc: WARC record 3: HTTP response: no HTTP status line",
                "s.warc: WARC record 3: bytes after the record's end "
                "(Content-Length too short?)"}));
  EXPECT_EQ(read.summary.records, 4);
}

TEST(WarcReader, ReportsBrokenHttpInsideARecord) {
  std::string warc =
      WarcResponse("http://a.example/1", "this is not an HTTP response") +
      WarcResponse("http://a.example/2",
                   HtmlResponse("zz\r\n", {"Transfer-Encoding: chunked"}));
  Read read = ReadWarc(warc, "h.warc");
  EXPECT_TRUE(read.articles.empty());
  EXPECT_EQ(read.errors,
            (std::vector<std::string>{
                "h.warc: WARC record 1: HTTP response: no HTTP status line",
                "h.warc: WARC record 2: HTTP response: bad chunked body"}));
}

TEST(WarcReader, NamesRecordsAfterTheFileStem) {
  EXPECT_EQ(WarcStem("a/b/CC-MAIN-1.warc.gz"), "CC-MAIN-1");
  EXPECT_EQ(WarcStem("plain.warc"), "plain");
  EXPECT_EQ(WarcDay("2023-01-02T03:04:05Z"), "2023-01-02");
  EXPECT_EQ(WarcDay("yesterday"), "");
}

}  // namespace
}  // namespace corroborate::ingest
