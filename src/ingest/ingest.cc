// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// IngestBytes, IngestFile and IngestInputs (corroborate/ingest.h): size checks,
// gzip decompression (by magic number; the size cap applies to the decompressed
// bytes), then the reader chosen by the file name without ".gz": WARC,
// HTML (with its own charset rules), JSONL or plain text.

#include "corroborate/ingest.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unordered_set>

#include "ingest/encoding_detector.h"
#include "ingest/gzip_reader.h"
#include "ingest/html_charset.h"
#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/text_reader.h"
#include "ingest/warc_reader.h"
#include "util/read_stream.h"
#include "util/text.h"

namespace corroborate {

namespace {

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         util::FoldCase(text.substr(text.size() - suffix.size())) == suffix;
}

bool IsJsonl(std::string_view path) { return EndsWith(path, ".jsonl"); }

bool IsWarc(std::string_view path) { return EndsWith(path, ".warc"); }

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f") == std::string_view::npos;
}

Status TooLarge(std::string_view path, size_t size, size_t limit) {
  return Status::NotSupported(path, "file too large (" + std::to_string(size) +
                                        " bytes, limit " +
                                        std::to_string(limit) + ")");
}

// Reads `in` (the file `path`), stopping one byte past the size limit: a
// pipe or a device ("/dev/zero") has no size to check first, a file may
// grow after its size was checked, and reading such input to the end could
// exhaust memory. `reserve` bytes are reserved first.
Result<std::string> ReadBounded(std::istream& in, std::string_view path,
                                size_t reserve, const IngestOptions& options) {
  // One byte past the limit tells "too large" from "exactly the limit".
  const size_t most =
      std::max(options.max_file_bytes, options.max_file_bytes + 1);
  std::string bytes;
  bytes.reserve(std::min(reserve, most));
  util::AppendStream(in, &bytes, most);
  if (bytes.size() > options.max_file_bytes) {
    return Status::NotSupported(
        path, "file too large (more than " +
                  std::to_string(options.max_file_bytes) + " bytes)");
  }
  return bytes;
}

Result<std::string> ReadAll(const std::string& path,
                            const IngestOptions& options) {
  // Reserving the limit for a pipe costs address space only: pages are
  // touched as they fill, and the buffer is never copied while it grows.
  // Past 1 GiB (a raised limit) the string grows as usual.
  if (path == "-") return ReadBounded(std::cin, "-", size_t{1} << 30, options);
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    return Status::NotFound(path, "no such file or directory");
  }
  if (std::filesystem::is_directory(path, error))
    return Status::IoError(path, "is a directory");
  uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && size > options.max_file_bytes) {
    return TooLarge(path, static_cast<size_t>(size), options.max_file_bytes);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path, "cannot open");
  return ReadBounded(in, path, error ? 0 : static_cast<size_t>(size), options);
}

Status ValidateIngestOptions(const IngestOptions& options) {
  if (!(options.max_control_fraction >= 0 &&
        options.max_control_fraction <= 1)) {
    return Status::InvalidArgument("IngestOptions::max_control_fraction",
                                   "must be in [0, 1]");
  }
  if (options.max_file_bytes == 0) {
    return Status::InvalidArgument("IngestOptions::max_file_bytes",
                                   "must be positive");
  }
  return Status::Ok();
}

Result<std::vector<Article>> ReadUtf8(std::string_view utf8,
                                      std::string_view path, bool jsonl,
                                      const DiagnosticSink& sink) {
  if (jsonl) return ingest::ReadJsonlArticles(utf8, path, sink);
  Result<Article> text = ingest::ReadTextArticle(utf8, path);
  if (!text.ok()) return text.status();
  return std::vector<Article>{std::move(text).value()};
}

// Reads plain text or JSONL: generic decoding, then the reader chosen by
// the file name.
Result<std::vector<Article>> ReadTextual(std::string_view bytes,
                                         std::string_view path,
                                         std::string_view format_path,
                                         const IngestOptions& options,
                                         const DiagnosticSink& sink) {
  Result<ingest::DecodedText> decoded =
      ingest::DecodeToUtf8(bytes, path, options);
  if (!decoded.ok()) return decoded.status();
  // A byte-order mark skips the binary check on raw bytes; repeat it on the
  // decoded text so that "\xFF\xFE" followed by garbage is still caught.
  if (ingest::LooksBinary(decoded->utf8, options.max_control_fraction)) {
    return Status::Corruption(path, "binary file");
  }
  if (IsBlank(decoded->utf8)) return Status::Corruption(path, "empty file");
  Result<std::vector<Article>> read =
      ReadUtf8(decoded->utf8, path, IsJsonl(format_path), sink);
  if (!read.ok()) return read.status();
  for (Article& article : read.value()) article.encoding = decoded->encoding;
  return read;
}

// Reads one HTML page: charset from BOM, <meta> or detection.
Result<std::vector<Article>> ReadHtml(std::string_view bytes,
                                      std::string_view path,
                                      const IngestOptions& options) {
  Result<ingest::DecodedText> decoded =
      ingest::DecodeHtml(bytes, "", path, options);
  if (!decoded.ok()) return decoded.status();
  if (ingest::LooksBinary(decoded->utf8, options.max_control_fraction)) {
    return Status::Corruption(path, "binary file");
  }
  if (IsBlank(decoded->utf8)) return Status::Corruption(path, "empty file");
  Article article = ingest::ReadHtmlPage(std::move(decoded->utf8), path);
  article.encoding = decoded->encoding;
  return std::vector<Article>{std::move(article)};
}

// Chooses the reader by file name (`format_path`, without ".gz") and, for
// HTML, by the opening tag.
Result<std::vector<Article>> ReadArticles(std::string_view bytes,
                                          std::string_view path,
                                          std::string_view format_path,
                                          const IngestOptions& options,
                                          const DiagnosticSink& sink) {
  // Standard input and misnamed files are recognised by the version line.
  if (IsWarc(format_path) || bytes.substr(0, 7) == "WARC/1.") {
    return ingest::ReadWarcArticles(bytes, path, options, sink, nullptr);
  }
  if (!IsJsonl(format_path) && ingest::LooksLikeHtml(format_path, bytes)) {
    return ReadHtml(bytes, path, options);
  }
  return ReadTextual(bytes, path, format_path, options, sink);
}

// Decompresses gzip input into `*storage`. A damaged WARC.gz keeps the
// records decoded before the damage (the error goes to `sink`); any other
// damaged or oversized input is an error.
Status Decompress(std::string_view bytes, std::string_view path,
                  std::string_view format_path, const IngestOptions& options,
                  const DiagnosticSink& sink, std::string* storage) {
  ingest::Gunzipped plain = ingest::Gunzip(bytes, options.max_file_bytes, path);
  if (!plain.error.ok()) {
    bool salvage = IsWarc(format_path) && !plain.bytes.empty() &&
                   plain.error.code() == Status::Code::kCorruption;
    if (!salvage) return plain.error;
    if (sink) sink(plain.error);
  }
  *storage = std::move(plain.bytes);
  return Status::Ok();
}

}  // namespace

Result<std::vector<Article>> IngestBytes(std::string_view bytes,
                                         std::string_view path,
                                         const IngestOptions& options,
                                         const DiagnosticSink& sink) {
  if (Status valid = ValidateIngestOptions(options); !valid.ok()) return valid;
  if (bytes.size() > options.max_file_bytes) {
    return TooLarge(path, bytes.size(), options.max_file_bytes);
  }
  if (bytes.empty()) return Status::Corruption(path, "empty file");
  std::string_view format_path = path;
  bool gzip_name = EndsWith(path, ".gz");
  if (gzip_name) format_path.remove_suffix(3);
  if (!ingest::IsGzip(bytes)) {
    if (gzip_name) return Status::Corruption(path, "not in gzip format");
    return ReadArticles(bytes, path, format_path, options, sink);
  }
  std::string plain;
  Status unpacked = Decompress(bytes, path, format_path, options, sink, &plain);
  if (!unpacked.ok()) return unpacked;
  if (plain.empty()) return Status::Corruption(path, "empty file");
  return ReadArticles(plain, path, format_path, options, sink);
}

Result<std::vector<Article>> IngestFile(const std::string& path,
                                        const IngestOptions& options,
                                        const DiagnosticSink& sink) {
  Result<std::string> bytes = ReadAll(path, options);
  if (!bytes.ok()) return bytes.status();
  return IngestBytes(bytes.value(), path, options, sink);
}

std::vector<Article> IngestInputs(const std::vector<std::string>& paths,
                                  const IngestOptions& options,
                                  const DiagnosticSink& sink) {
  std::vector<Article> articles;
  std::unordered_set<std::string> seen;
  for (const std::string& file : ListInputFiles(paths, sink)) {
    Result<std::vector<Article>> read = IngestFile(file, options, sink);
    if (!read.ok()) {
      if (sink) sink(read.status());
      continue;
    }
    for (Article& article : read.value()) {
      if (seen.insert(article.content_hash).second)
        articles.push_back(std::move(article));
    }
  }
  return articles;
}

}  // namespace corroborate
