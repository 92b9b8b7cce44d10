// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/gzip_reader.h"

#include <algorithm>
#include <climits>

#include <zlib.h>

namespace corroborate::ingest {

namespace {

// Output is produced in steps of this many bytes; 256 KiB keeps the number
// of zlib calls small without holding much more than the cap in memory.
constexpr size_t kStepBytes = 256u << 10;

// 15 window bits (the deflate maximum) + 32: zlib detects a gzip (RFC 1952)
// or zlib (RFC 1950) wrapper itself, so HTTP "Content-Encoding: deflate"
// bodies decode through the same function.
constexpr int kGzipWindowBits = 15 + 32;

// Owns an inflate stream for the lifetime of one Gunzip call.
class Inflater {
 public:
  explicit Inflater(std::string_view input) {
    stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
    stream_.avail_in =
        static_cast<uInt>(std::min<size_t>(input.size(), UINT_MAX));
    ok_ = inflateInit2(&stream_, kGzipWindowBits) == Z_OK;
  }
  ~Inflater() {
    if (ok_) inflateEnd(&stream_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  bool ok() const { return ok_; }
  z_stream* stream() { return &stream_; }

 private:
  z_stream stream_{};
  bool ok_ = false;
};

// True iff the unread input of `stream` starts another gzip member.
bool AnotherMemberFollows(const z_stream& stream) {
  return stream.avail_in >= 2 && stream.next_in[0] == 0x1F &&
         stream.next_in[1] == 0x8B;
}

Status CapExceeded(std::string_view path, size_t max_bytes) {
  return Status::NotSupported(path, "decompressed size exceeds " +
                                        std::to_string(max_bytes) +
                                        " bytes (gzip bomb?)");
}

}  // namespace

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
         static_cast<unsigned char>(bytes[1]) == 0x8B;
}

Gunzipped Gunzip(std::string_view compressed, size_t max_bytes,
                 std::string_view path) {
  Gunzipped out;
  if (compressed.size() > UINT_MAX) {
    out.error = Status::NotSupported(path, "gzip file too large");
    return out;
  }
  Inflater inflater(compressed);
  if (!inflater.ok()) {
    out.error = Status::IoError(path, "cannot start zlib");
    return out;
  }
  z_stream* stream = inflater.stream();
  for (;;) {
    size_t used = out.bytes.size();
    if (used > max_bytes) {
      out.bytes.clear();
      out.error = CapExceeded(path, max_bytes);
      return out;
    }
    out.bytes.resize(used + kStepBytes);
    stream->next_out = reinterpret_cast<Bytef*>(out.bytes.data() + used);
    stream->avail_out = static_cast<uInt>(kStepBytes);
    int code = inflate(stream, Z_NO_FLUSH);
    out.bytes.resize(used + kStepBytes - stream->avail_out);
    if (code == Z_STREAM_END) {
      if (!AnotherMemberFollows(*stream)) break;
      inflateReset(stream);
      continue;
    }
    if (code == Z_OK) continue;
    if (code == Z_BUF_ERROR && stream->avail_in == 0) {
      out.error = Status::Corruption(path, "truncated gzip data");
      break;
    }
    std::string detail = stream->msg != nullptr ? stream->msg : "zlib error";
    out.error = Status::Corruption(path, "corrupt gzip data (" + detail + ")");
    break;
  }
  if (out.bytes.size() > max_bytes) {
    out.bytes.clear();
    out.error = CapExceeded(path, max_bytes);
  }
  return out;
}

}  // namespace corroborate::ingest
