// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// IngestBytes and IngestFile (corroborate/ingest.h): size and encoding
// checks, then the reader chosen by the file name.

#include "corroborate/ingest.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "ingest/encoding_detector.h"
#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/text_reader.h"
#include "util/text.h"

namespace corroborate {

namespace {

bool IsJsonl(std::string_view path) {
  return path.size() >= 6 && path.substr(path.size() - 6) == ".jsonl";
}

Status TooLarge(std::string_view path, size_t size, size_t limit) {
  return Status::NotSupported(path, "file too large (" + std::to_string(size) +
                                        " bytes, limit " +
                                        std::to_string(limit) + ")");
}

Result<std::string> ReadAll(const std::string& path,
                            const IngestOptions& options) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
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
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
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

// Chooses the reader by file name (and, for HTML, by the opening tag).
Result<std::vector<Article>> ReadArticles(std::string_view text,
                                          std::string_view path,
                                          const DiagnosticSink& sink) {
  if (IsJsonl(path)) return ingest::ReadJsonlArticles(text, path, sink);
  if (ingest::LooksLikeHtml(path, text)) {
    return std::vector<Article>{ingest::ReadHtmlPage(text, path)};
  }
  Result<Article> read = ingest::ReadTextArticle(text, path);
  if (!read.ok()) return read.status();
  return std::vector<Article>{std::move(read).value()};
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
  Result<ingest::DecodedText> decoded =
      ingest::DecodeToUtf8(bytes, path, options);
  if (!decoded.ok()) return decoded.status();
  // A byte-order mark skips the binary check on raw bytes; repeat it on the
  // decoded text so that "\xFF\xFE" followed by garbage is still caught.
  if (ingest::LooksBinary(decoded->utf8, options.max_control_fraction)) {
    return Status::Corruption(path, "binary file");
  }
  if (util::Trim(decoded->utf8).empty())
    return Status::Corruption(path, "empty file");

  Result<std::vector<Article>> read = ReadArticles(decoded->utf8, path, sink);
  if (!read.ok()) return read.status();
  std::vector<Article> articles = std::move(read).value();
  for (Article& article : articles) article.encoding = decoded->encoding;
  return articles;
}

Result<std::vector<Article>> IngestFile(const std::string& path,
                                        const IngestOptions& options,
                                        const DiagnosticSink& sink) {
  Result<std::string> bytes = ReadAll(path, options);
  if (!bytes.ok()) return bytes.status();
  return IngestBytes(bytes.value(), path, options, sink);
}

}  // namespace corroborate
