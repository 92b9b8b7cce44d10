// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Reads WARC files (ISO 28500, WARC/1.0 and WARC/1.1, as written by
// `wget --warc-file` and Common Crawl) that are already decompressed. Every
// "response" record holding an HTTP 200 response with an HTML body becomes
// an Article: url = WARC-Target-URI, date = the day of WARC-Date
// ("YYYY-MM-DD"), id = "<file stem>#<record number>" (stable for a given
// file), html = the page decoded to UTF-8 (the HTTP charset takes part in
// the charset decision, see html_charset.h). Other records are skipped and
// counted by reason.
//
// A corrupt record (no "WARC/" version line, no end of header, no or a bad
// Content-Length, a Content-Length running past the end) produces one
// diagnostic "file.warc.gz: WARC record 17: <problem>"; the reader then
// resynchronises on the next line that starts with "WARC/1." if there is one.
//
// Hand-written: Debian has no C or C++ WARC library (`apt-cache search warc`
// finds none; warcio and warctools are Python), and the format is a simple
// header block plus a length-delimited payload.
//
// Thread-safe: the functions keep no state; a WarcRecordReader is used by
// one thread.

#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/ingest.h"
#include "corroborate/options.h"
#include "corroborate/status.h"

namespace corroborate::ingest {

// One record: its named header fields and its content block.
struct WarcRecord {
  int number = 0;            // 1-based position in the file
  std::string type;          // WARC-Type: "response", "request", ...
  std::string target_uri;    // WARC-Target-URI, without enclosing <>
  std::string date;          // WARC-Date as written
  std::string content_type;  // Content-Type of the block
  std::string_view block;    // Content-Length bytes after the header
};

// Splits decompressed WARC bytes into records, one at a time.
class WarcRecordReader {
 public:
  enum class Step { kRecord, kError, kEnd };

  // `bytes` must outlive the reader and the records it returns.
  explicit WarcRecordReader(std::string_view bytes) : bytes_(bytes) {}

  // Reads the next record into `record` (kRecord), or reports a corrupt one
  // in `problem` ("Content-Length runs past end of file") with `number` set
  // to its position (kError), or says there is nothing left (kEnd).
  // Bytes left after a record's block that do not start the next record
  // are reported against that record ("bytes after the record's end").
  Step Next(WarcRecord* record, std::string* problem, int* number);

  // Records started so far.
  int records() const { return number_; }

 private:
  // Moves to the start of the next "WARC/1." line after `from`, or to the
  // end.
  void Resync(size_t from);
  Step Fail(std::string problem, std::string* out, size_t resync_from);

  std::string_view bytes_;
  size_t pos_ = 0;
  int number_ = 0;
};

// What ReadWarcArticles saw.
struct WarcSummary {
  int records = 0;   // records read, corrupt ones included
  int articles = 0;  // records that became articles
  int corrupt = 0;   // records reported to the sink
  // Skipped records by reason: the WARC-Type ("request", "warcinfo",
  // "metadata", "revisit", ...), "status 404" (any non-200 status),
  // "not html", "not http".
  std::map<std::string, int> skipped;
};

// Returns "YYYY-MM-DD" from a WARC-Date ("2026-03-04T05:06:07Z"); "" if it
// does not start with a date.
std::string WarcDay(std::string_view warc_date);

// Returns the file stem used in record ids: the file name without ".gz"
// and ".warc" ("crawl/site.warc.gz" -> "site"; "stdin" for "-").
std::string WarcStem(std::string_view path);

// Reads the articles of the decompressed WARC `bytes` of file `path`.
// Corrupt records and undecodable pages are reported to `sink` (messages
// "path: WARC record N: problem") and skipped. `summary` may be null.
std::vector<Article> ReadWarcArticles(std::string_view bytes,
                                      std::string_view path,
                                      const IngestOptions& options,
                                      const DiagnosticSink& sink,
                                      WarcSummary* summary);

}  // namespace corroborate::ingest
