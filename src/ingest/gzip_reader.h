// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Decompresses gzip data (RFC 1952) with zlib, in memory and with a cap on
// the decompressed size. Handles multi-member files (each member its own
// gzip stream, as Common Crawl and `wget --warc-file` write WARC.gz) as well
// as one single stream. Bytes after the last member that do not start
// another member are ignored, as gzip(1) does.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string>
#include <string_view>

#include "corroborate/status.h"

namespace corroborate::ingest {

// The outcome of Gunzip. On a truncated or corrupt stream `error` says so
// and `bytes` still holds everything decoded before the damage (WARC
// records that ended before it are usable). On exceeding the cap `bytes` is
// empty.
struct Gunzipped {
  std::string bytes;
  Status error;
};

// True iff `bytes` starts with the gzip magic number 1F 8B.
bool IsGzip(std::string_view bytes);

// Decompresses `compressed` (gzip, or a zlib stream as HTTP "deflate"
// bodies use). Errors are Corruption statuses naming `path`:
// "truncated gzip data", "corrupt gzip data (...)", or NotSupported
// "decompressed size exceeds N bytes" when more than `max_bytes` would come
// out (a gzip bomb is stopped after max_bytes + one buffer).
Gunzipped Gunzip(std::string_view compressed, size_t max_bytes,
                 std::string_view path);

}  // namespace corroborate::ingest
