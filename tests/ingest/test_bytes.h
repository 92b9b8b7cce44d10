// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Test helpers that build input bytes: gzip members (zlib), text in another
// charset (ICU), HTTP responses and WARC records (ISO 28500 framing).

#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/ucnv.h>
#include <zlib.h>

namespace corroborate::fixtures {

// One gzip member holding `plain`.
inline std::string Gzip(std::string_view plain) {
  z_stream stream{};
  deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9,
               Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, plain.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
  stream.avail_in = static_cast<uInt>(plain.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

// `utf8` converted to `charset` by ICU.
inline std::string Encode(std::string_view utf8, const char* charset) {
  UErrorCode error = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t length = ucnv_convert(charset, "UTF-8", out.data(),
                                static_cast<int32_t>(out.size()), utf8.data(),
                                static_cast<int32_t>(utf8.size()), &error);
  out.resize(U_SUCCESS(error) ? static_cast<size_t>(length) : 0);
  return out;
}

// An HTTP/1.1 response: status line, `headers` (each "Name: value"), body.
inline std::string HttpMessage(int status,
                               const std::vector<std::string>& headers,
                               std::string_view body) {
  std::string out = "HTTP/1.1 " + std::to_string(status) +
                    (status == 200 ? " OK" : " Not Found") + "\r\n";
  for (const std::string& header : headers) out += header + "\r\n";
  out += "\r\n";
  out += body;
  return out;
}

// `body` in chunked transfer coding, cut into pieces of `piece` bytes.
inline std::string Chunked(std::string_view body, size_t piece) {
  std::string out;
  char size[32];
  for (size_t at = 0; at < body.size(); at += piece) {
    std::string_view part = body.substr(at, piece);
    std::snprintf(size, sizeof(size), "%zx\r\n", part.size());
    out += size;
    out += part;
    out += "\r\n";
  }
  return out + "0\r\n\r\n";
}

// One WARC/1.0 record; `length` overrides the true Content-Length when
// not negative (to build corrupt records).
inline std::string WarcRecordBytes(std::string_view type, std::string_view uri,
                                   std::string_view content_type,
                                   std::string_view block,
                                   long long length = -1) {
  std::string out = "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\n";
  if (!uri.empty()) out += "WARC-Target-URI: <" + std::string(uri) + ">\r\n";
  out += "WARC-Date: 2024-05-06T07:08:09Z\r\n";
  out += "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n";
  out += "Content-Type: " + std::string(content_type) + "\r\n";
  out +=
      "Content-Length: " +
      std::to_string(length >= 0 ? static_cast<size_t>(length) : block.size()) +
      "\r\n\r\n";
  out += block;
  out += "\r\n\r\n";
  return out;
}

// A response record holding an HTTP response.
inline std::string WarcResponse(std::string_view uri,
                                std::string_view http_message) {
  return WarcRecordBytes("response", uri, "application/http;msgtype=response",
                         http_message);
}

}  // namespace corroborate::fixtures
