// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Stage 1, ingest: turns input files into Articles holding UTF-8 paragraphs.
//
// Formats, chosen by file name:
//   *.txt (and anything else)  first non-empty line = title; paragraphs are
//                              separated by blank lines, or are one per line
//                              when the file has no blank line at all.
//   *.jsonl                    one article per line: {"id", "title", "text",
//                              "url"?, "date"?, "source"?}; "text" is split
//                              into paragraphs like a .txt body.
// The encoding is detected (uchardet) and converted to UTF-8 (ICU). Lines
// with damaged characters (U+FFFD, mojibake, dropped letters) are recorded in
// Article::damaged_lines; they are never a reason to fail.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/options.h"
#include "corroborate/status.h"

namespace corroborate {

// Receives one error per bad input (file, line or record) while the reader
// goes on with the rest. The Status message names the file and the problem.
using DiagnosticSink = std::function<void(const Status&)>;

// Parses the bytes of one input. `path` names it in errors and decides the
// format; Article::id comes from the JSONL id or the file stem of `path`.
// A bad JSONL line is reported to `sink` and skipped; the returned Status is
// non-OK only when nothing could be read (empty, binary or undecodable input).
Result<std::vector<Article>> IngestBytes(std::string_view bytes,
                                         std::string_view path,
                                         const IngestOptions& options,
                                         const DiagnosticSink& sink);

// Reads and parses one file ("-" reads standard input).
Result<std::vector<Article>> IngestFile(const std::string& path,
                                        const IngestOptions& options,
                                        const DiagnosticSink& sink);

// Expands files and directories (recursively, sorted by path, skipping hidden
// files and the folder's own documents: *.json such as gold.json, *.md and
// README files) into the list of input files; a file named directly is
// always read. A missing path is reported to `sink` and skipped.
std::vector<std::string> ListInputFiles(const std::vector<std::string>& paths,
                                        const DiagnosticSink& sink);

// Ingests every file ListInputFiles finds under `paths`, in its order. Each
// missing path, unreadable file or bad record is reported to `sink` once and
// the rest still read; an article repeated in the input (same content hash)
// is kept once, the first time it is met.
std::vector<Article> IngestInputs(const std::vector<std::string>& paths,
                                  const IngestOptions& options,
                                  const DiagnosticSink& sink);

}  // namespace corroborate
