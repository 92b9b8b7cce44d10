// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/http_response.h"

#include <string>

#include <gtest/gtest.h>

#include "ingest/test_bytes.h"

namespace corroborate::ingest {
namespace {

using fixtures::Chunked;
using fixtures::Gzip;
using fixtures::HttpMessage;

TEST(HttpResponse, ParsesStatusAndContentType) {
  std::string message = HttpMessage(
      200, {"Server: test", "content-type: Text/HTML; Charset=\"EUC-KR\""},
      "<p>hi</p>");
  Result<HttpHead> head = ParseHttpHead(message, "r");
  ASSERT_TRUE(head.ok()) << head.status().ToString();
  EXPECT_EQ(head->status, 200);
  EXPECT_EQ(head->media_type, "text/html");
  EXPECT_EQ(head->charset, "euc-kr");
  EXPECT_EQ(message.substr(head->body_offset), "<p>hi</p>");
}

TEST(HttpResponse, ReadsOtherStatusesAndTypes) {
  Result<HttpHead> head =
      ParseHttpHead(HttpMessage(404, {"Content-Type: image/png"}, ""), "r");
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->status, 404);
  EXPECT_FALSE(IsHtmlMediaType(head->media_type));
  EXPECT_TRUE(IsHtmlMediaType("application/xhtml+xml"));
}

TEST(HttpResponse, RejectsMissingStatusLineOrHeaderEnd) {
  EXPECT_EQ(ParseHttpHead("GET / HTTP/1.1\r\n\r\n", "r").status().message(),
            "r: no HTTP status line");
  EXPECT_EQ(ParseHttpHead("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", "r")
                .status()
                .message(),
            "r: no end of HTTP headers");
  EXPECT_FALSE(ParseHttpHead("HTTP/1.1 2x0 OK\r\n\r\n", "r").ok());
}

TEST(HttpResponse, FindsHeaderValuesCaseInsensitively) {
  std::string headers = "HTTP/1.1 200 OK\r\nX-Tag:  a b \r\nx-other: c";
  EXPECT_EQ(HeaderValue(headers, "x-tag"), "a b");
  EXPECT_EQ(HeaderValue(headers, "X-Other"), "c");
  EXPECT_EQ(HeaderValue(headers, "X-Ta"), "");
}

TEST(HttpResponse, RemovesChunkedCoding) {
  std::string body = "<p>The orchard harvest began early this year.</p>";
  Result<std::string> plain = Dechunk(Chunked(body, 7), "r");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain.value(), body);
  // Chunk extensions are ignored.
  EXPECT_EQ(Dechunk("3;name=x\r\nabc\r\n0\r\n\r\n", "r").value(), "abc");
}

TEST(HttpResponse, RejectsBadChunks) {
  EXPECT_FALSE(Dechunk("zz\r\nabc\r\n0\r\n\r\n", "r").ok());
  EXPECT_EQ(Dechunk("ff\r\nabc\r\n", "r").status().message(),
            "r: bad chunked body");
}

TEST(HttpResponse, DecodesChunkedGzipBody) {
  std::string page = "<html><body><p>Bakery wins award.</p></body></html>";
  std::string message =
      HttpMessage(200,
                  {"Content-Type: text/html", "Transfer-Encoding: chunked",
                   "Content-Encoding: gzip"},
                  Chunked(Gzip(page), 10));
  Result<HttpHead> head = ParseHttpHead(message, "r");
  ASSERT_TRUE(head.ok());
  Result<std::string> body = DecodeHttpBody(message, head.value(), "r", 1000);
  ASSERT_TRUE(body.ok()) << body.status().ToString();
  EXPECT_EQ(body.value(), page);
}

TEST(HttpResponse, RefusesUnknownContentEncoding) {
  std::string message = HttpMessage(
      200, {"Content-Type: text/html", "Content-Encoding: br"}, "\x0b\x02\x80");
  Result<HttpHead> head = ParseHttpHead(message, "r");
  ASSERT_TRUE(head.ok());
  Result<std::string> body = DecodeHttpBody(message, head.value(), "r", 1000);
  EXPECT_EQ(body.status().code(), Status::Code::kNotSupported);
  EXPECT_EQ(body.status().message(), "r: Content-Encoding br");
}

TEST(HttpResponse, TakesPlainBodyMislabelledGzipAsItIs) {
  std::string message = HttpMessage(
      200, {"Content-Type: text/html", "Content-Encoding: gzip"}, "<p>a</p>");
  Result<HttpHead> head = ParseHttpHead(message, "r");
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(DecodeHttpBody(message, head.value(), "r", 1000).value(),
            "<p>a</p>");
  // A real but damaged gzip body is an error.
  std::string cut = Gzip(std::string(500, 'k'));
  message = HttpMessage(200, {"Content-Encoding: gzip"}, cut.substr(0, 20));
  head = ParseHttpHead(message, "r");
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(DecodeHttpBody(message, head.value(), "r", 1000).status().message(),
            "r: truncated gzip data");
}

}  // namespace
}  // namespace corroborate::ingest
