// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/http_response.h"

#include <charconv>

#include "ingest/gzip_reader.h"
#include "util/text.h"

namespace corroborate::ingest {

namespace {

// Finds the blank line ending the header block at or after `from`; sets
// `*body` to the offset after it. Accepts CRLF and bare LF line ends.
bool FindHeaderEnd(std::string_view text, size_t from, size_t* header_end,
                   size_t* body) {
  size_t crlf = text.find("\r\n\r\n", from);
  size_t lf = text.find("\n\n", from);
  if (crlf == std::string_view::npos && lf == std::string_view::npos)
    return false;
  if (crlf != std::string_view::npos &&
      (lf == std::string_view::npos || crlf < lf)) {
    *header_end = crlf;
    *body = crlf + 4;
  } else {
    *header_end = lf;
    *body = lf + 2;
  }
  return true;
}

// Parses "HTTP/1.1 200 OK"; 0 if the line is not a status line.
int ParseStatusLine(std::string_view line) {
  if (line.substr(0, 5) != "HTTP/") return 0;
  size_t space = line.find(' ');
  if (space == std::string_view::npos) return 0;
  int status = 0;
  const char* begin = line.data() + space + 1;
  const char* end = line.data() + line.size();
  auto [ptr, error] = std::from_chars(begin, end, status);
  if (error != std::errc() || ptr - begin != 3) return 0;
  return status;
}

// Splits "text/html; charset=UTF-8" into media type and charset.
void ParseContentType(std::string_view value, HttpHead* head) {
  std::string lower = util::AsciiLower(value);
  size_t semicolon = lower.find(';');
  head->media_type = util::Trim(lower.substr(0, semicolon));
  if (semicolon == std::string::npos) return;
  size_t at = lower.find("charset", semicolon);
  if (at == std::string::npos) return;
  size_t equals = lower.find('=', at);
  if (equals == std::string::npos) return;
  std::string charset = util::Trim(lower.substr(equals + 1));
  size_t stop = charset.find_first_of(";, ");
  charset = charset.substr(0, stop);
  if (!charset.empty() && (charset.front() == '"' || charset.front() == '\''))
    charset = charset.substr(1);
  if (!charset.empty() && (charset.back() == '"' || charset.back() == '\''))
    charset.pop_back();
  head->charset = charset;
}

// Reads the hexadecimal chunk size at the start of `line` (extensions after
// ';' are ignored); false if there is none.
bool ParseChunkSize(std::string_view line, size_t* size) {
  std::string_view digits = line.substr(0, line.find(';'));
  while (!digits.empty() && (digits.back() == ' ' || digits.back() == '\t'))
    digits.remove_suffix(1);
  if (digits.empty()) return false;
  auto [ptr, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), *size, 16);
  return error == std::errc() && ptr == digits.data() + digits.size();
}

}  // namespace

bool IsHtmlMediaType(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

std::string HeaderValue(std::string_view headers, std::string_view name) {
  const std::string wanted = std::string(name) + ":";
  size_t pos = 0;
  while (pos < headers.size()) {
    size_t end = headers.find('\n', pos);
    if (end == std::string_view::npos) end = headers.size();
    std::string_view line = headers.substr(pos, end - pos);
    if (util::StartsWithIgnoreCase(line, wanted))
      return util::Trim(line.substr(wanted.size()));
    pos = end + 1;
  }
  return "";
}

Result<std::string> Dechunk(std::string_view body, std::string_view subject) {
  std::string out;
  size_t pos = 0;
  for (;;) {
    size_t line_end = body.find('\n', pos);
    if (line_end == std::string_view::npos) break;  // no final 0 chunk
    std::string_view line = body.substr(pos, line_end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t size = 0;
    if (!ParseChunkSize(line, &size))
      return Status::Corruption(subject, "bad chunked body");
    if (size == 0) return out;  // trailers, if any, are ignored
    pos = line_end + 1;
    if (size > body.size() - pos)
      return Status::Corruption(subject, "bad chunked body");
    out.append(body.substr(pos, size));
    pos += size;
    if (body.substr(pos, 2) == "\r\n")
      pos += 2;
    else if (body.substr(pos, 1) == "\n")
      pos += 1;
  }
  // A stream cut after whole chunks (no last-chunk line) keeps what came.
  if (out.empty()) return Status::Corruption(subject, "bad chunked body");
  return out;
}

Result<HttpHead> ParseHttpHead(std::string_view message,
                               std::string_view subject) {
  HttpHead head;
  size_t line_end = message.find('\n');
  head.status = ParseStatusLine(message.substr(0, line_end));
  if (head.status == 0)
    return Status::Corruption(subject, "no HTTP status line");
  size_t header_end = 0;
  if (!FindHeaderEnd(message, 0, &header_end, &head.body_offset)) {
    return Status::Corruption(subject, "no end of HTTP headers");
  }
  std::string_view headers = message.substr(0, header_end);
  ParseContentType(HeaderValue(headers, "Content-Type"), &head);
  head.transfer_encoding =
      util::AsciiLower(HeaderValue(headers, "Transfer-Encoding"));
  head.content_encoding =
      util::AsciiLower(HeaderValue(headers, "Content-Encoding"));
  return head;
}

Result<std::string> DecodeHttpBody(std::string_view message,
                                   const HttpHead& head,
                                   std::string_view subject,
                                   size_t max_body_bytes) {
  std::string body(message.substr(head.body_offset));
  if (head.transfer_encoding.find("chunked") != std::string::npos) {
    Result<std::string> dechunked = Dechunk(body, subject);
    if (!dechunked.ok()) return dechunked.status();
    body = std::move(dechunked).value();
  }
  const std::string& coding = head.content_encoding;
  if (coding.empty() || coding == "identity") return body;
  bool gzip = coding == "gzip" || coding == "x-gzip";
  // Servers that label a plain body gzip are common; browsers show such a
  // body as it is, and so does this reader.
  if (gzip && !IsGzip(body)) return body;
  if (gzip || coding == "deflate") {
    Gunzipped plain = Gunzip(body, max_body_bytes, subject);
    if (!plain.error.ok()) return plain.error;
    return std::move(plain.bytes);
  }
  return Status::NotSupported(subject, "Content-Encoding " + coding);
}

}  // namespace corroborate::ingest
