// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/warc_reader.h"

#include <charconv>

#include "ingest/html_charset.h"
#include "ingest/html_reader.h"
#include "ingest/http_response.h"
#include "util/text.h"

namespace corroborate::ingest {

namespace {

bool IsLineSpace(char c) {
  return c == '\r' || c == '\n' || c == ' ' || c == '\t';
}

// Parses a Content-Length value; false if it is not a plain decimal number.
bool ParseLength(std::string_view text, size_t* length) {
  if (text.empty()) return false;
  auto [ptr, error] =
      std::from_chars(text.data(), text.data() + text.size(), *length);
  return error == std::errc() && ptr == text.data() + text.size();
}

std::string StripAngles(std::string uri) {
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>')
    return uri.substr(1, uri.size() - 2);
  return uri;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.substr(text.size() - suffix.size()) == suffix;
}

Status RecordError(std::string_view path, int number,
                   std::string_view problem) {
  return Status::Corruption(path, "WARC record " + std::to_string(number) +
                                      ": " + std::string(problem));
}

// Decides whether `record` becomes an article: "" if it does, else the
// reason it is skipped. Fills `head` for HTTP responses.
std::string SkipReason(const WarcRecord& record, std::string_view subject,
                       HttpHead* head, Status* error) {
  if (record.type != "response")
    return record.type.empty() ? "untyped" : record.type;
  if (!util::StartsWithIgnoreCase(record.content_type, "application/http"))
    return "not http";
  Result<HttpHead> parsed = ParseHttpHead(record.block, subject);
  if (!parsed.ok()) {
    *error = parsed.status();
    return "corrupt";
  }
  *head = std::move(parsed).value();
  if (head->status != 200) return "status " + std::to_string(head->status);
  if (!IsHtmlMediaType(head->media_type)) return "not html";
  return "";
}

// Turns a 200 HTML response into an Article, or returns the problem.
Result<Article> BuildArticle(const WarcRecord& record, const HttpHead& head,
                             std::string_view path, std::string_view subject,
                             const IngestOptions& options) {
  Result<std::string> body =
      DecodeHttpBody(record.block, head, subject, options.max_file_bytes);
  if (!body.ok()) return body.status();
  Result<DecodedText> decoded =
      DecodeHtml(body.value(), head.charset, subject, options);
  if (!decoded.ok()) return decoded.status();
  Article article = ReadHtmlPage(std::move(decoded->utf8), path);
  article.id = WarcStem(path) + "#" + std::to_string(record.number);
  article.url = record.target_uri;
  article.date = WarcDay(record.date);
  article.encoding = decoded->encoding;
  return article;
}

}  // namespace

void WarcRecordReader::Resync(size_t from) {
  size_t next = bytes_.find("\nWARC/1.", from);
  pos_ = next == std::string_view::npos ? bytes_.size() : next + 1;
}

WarcRecordReader::Step WarcRecordReader::Fail(std::string problem,
                                              std::string* out,
                                              size_t resync_from) {
  *out = std::move(problem);
  Resync(resync_from);
  return Step::kError;
}

WarcRecordReader::Step WarcRecordReader::Next(WarcRecord* record,
                                              std::string* problem,
                                              int* number) {
  while (pos_ < bytes_.size() && IsLineSpace(bytes_[pos_])) ++pos_;
  if (pos_ >= bytes_.size()) return Step::kEnd;
  size_t start = pos_;
  if (bytes_.substr(start, 5) != "WARC/" && number_ > 0) {
    // Bytes after a record's block belong to it: its Content-Length was
    // too short.
    *number = number_;
    return Fail("bytes after the record's end (Content-Length too short?)",
                problem, start);
  }
  *number = ++number_;
  if (bytes_.substr(start, 5) != "WARC/")
    return Fail("missing WARC version line", problem, start);
  size_t header_end = bytes_.find("\r\n\r\n", start);
  size_t block_start = header_end + 4;
  if (header_end == std::string_view::npos) {
    header_end = bytes_.find("\n\n", start);  // tolerate bare LF writers
    block_start = header_end + 2;
  }
  if (header_end == std::string_view::npos)
    return Fail("missing end of WARC header", problem, start + 1);
  std::string_view header = bytes_.substr(start, header_end - start);
  if (header.find("\nWARC/1.") != std::string_view::npos)
    return Fail("missing end of WARC header", problem, start + 1);
  size_t length = 0;
  if (!ParseLength(HeaderValue(header, "Content-Length"), &length))
    return Fail("missing or bad Content-Length", problem, start + 1);
  if (length > bytes_.size() - block_start)
    return Fail("Content-Length runs past end of file", problem, start + 1);
  record->number = number_;
  record->type = HeaderValue(header, "WARC-Type");
  record->target_uri = StripAngles(HeaderValue(header, "WARC-Target-URI"));
  record->date = HeaderValue(header, "WARC-Date");
  record->content_type = HeaderValue(header, "Content-Type");
  record->block = bytes_.substr(block_start, length);
  pos_ = block_start + length;
  return Step::kRecord;
}

std::string WarcDay(std::string_view warc_date) {
  if (warc_date.size() < 10) return "";
  for (size_t i = 0; i < 10; ++i) {
    bool dash = i == 4 || i == 7;
    char c = warc_date[i];
    if (dash ? c != '-' : (c < '0' || c > '9')) return "";
  }
  return std::string(warc_date.substr(0, 10));
}

std::string WarcStem(std::string_view path) {
  if (path == "-") return "stdin";
  std::string_view name = path.substr(path.find_last_of('/') + 1);
  if (EndsWith(name, ".gz")) name.remove_suffix(3);
  if (EndsWith(name, ".warc")) name.remove_suffix(5);
  return std::string(name);
}

std::vector<Article> ReadWarcArticles(std::string_view bytes,
                                      std::string_view path,
                                      const IngestOptions& options,
                                      const DiagnosticSink& sink,
                                      WarcSummary* summary) {
  WarcSummary local;
  WarcSummary& seen = summary != nullptr ? *summary : local;
  auto report = [&](int number, std::string_view problem) {
    ++seen.corrupt;
    if (sink) sink(RecordError(path, number, problem));
  };
  std::vector<Article> articles;
  WarcRecordReader reader(bytes);
  WarcRecord record;
  std::string problem;
  int number = 0;
  for (;;) {
    WarcRecordReader::Step step = reader.Next(&record, &problem, &number);
    if (step == WarcRecordReader::Step::kEnd) break;
    seen.records = reader.records();
    if (step == WarcRecordReader::Step::kError) {
      report(number, problem);
      continue;
    }
    // Subjects of HTTP and charset errors are bare; the sink gets the path.
    std::string subject = "HTTP response";
    HttpHead head;
    Status error;
    std::string reason = SkipReason(record, subject, &head, &error);
    if (!error.ok()) {
      report(number, error.message());
      continue;
    }
    if (!reason.empty()) {
      ++seen.skipped[reason];
      continue;
    }
    Result<Article> article =
        BuildArticle(record, head, path, subject, options);
    if (!article.ok()) {
      report(number, article.status().message());
      continue;
    }
    ++seen.articles;
    articles.push_back(std::move(article).value());
  }
  return articles;
}

}  // namespace corroborate::ingest
