// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Parses an HTTP/1.x response message as a WARC "response" record stores it
// (RFC 9112): status line, header fields, body. The body is returned as
// the server meant it: a chunked Transfer-Encoding is removed and a gzip or
// deflate Content-Encoding is decompressed (capped, like files).
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string>
#include <string_view>

#include "corroborate/status.h"

namespace corroborate::ingest {

// The status line and headers of a response.
struct HttpHead {
  int status = 0;                 // 200, 404, ...
  std::string media_type;         // lower case, without parameters: "text/html"
  std::string charset;            // Content-Type charset parameter, lower case
  std::string transfer_encoding;  // lower case: "chunked" or ""
  std::string content_encoding;   // lower case: "gzip", "deflate" or ""
  size_t body_offset = 0;         // where the body starts in the message
};

// True iff `media_type` is an HTML type (text/html, application/xhtml+xml).
bool IsHtmlMediaType(std::string_view media_type);

// Returns the value of header field `name` (case-insensitive) in the header
// block `headers` (lines separated by CRLF or LF), trimmed; "" if absent.
std::string HeaderValue(std::string_view headers, std::string_view name);

// Removes chunked transfer coding from `body`. Errors: Corruption naming
// `subject`, "bad chunked body", when a chunk size is malformed or a chunk
// runs past the end.
Result<std::string> Dechunk(std::string_view body, std::string_view subject);

// Parses the status line and header fields of `message`. Errors (Corruption
// naming `subject`): "no HTTP status line", "no end of HTTP headers".
Result<HttpHead> ParseHttpHead(std::string_view message,
                               std::string_view subject);

// Returns the body of `message` (parsed into `head`) with transfer and
// content codings removed. Errors name `subject`: a bad chunked body, a
// gzip error or size cap (`max_body_bytes`), NotSupported for a content
// coding other than gzip/deflate/identity. A body labelled gzip that does
// not start with the gzip magic number is taken as it is.
Result<std::string> DecodeHttpBody(std::string_view message,
                                   const HttpHead& head,
                                   std::string_view subject,
                                   size_t max_body_bytes);

}  // namespace corroborate::ingest
