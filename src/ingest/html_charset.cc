// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/html_charset.h"

#include <memory>

#include <unicode/ucnv.h>

#include "util/text.h"

namespace corroborate::ingest {

namespace {

// How far into the page a <meta> charset is looked for. The HTML standard
// prescans 1024 bytes; pages with long inline scripts or styles before the
// <meta> are common, and browsers (Chromium) look further, so 4096.
constexpr size_t kMetaScanBytes = 4096;

bool IsCharsetNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == ':';
}

// Reads the value after "charset" at `pos` of lower-cased `text`, allowing
// spaces, '=' and one quote before it; "" if there is no '='.
std::string ValueAfterCharset(std::string_view text, size_t pos) {
  pos += 7;  // "charset"
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  if (pos >= text.size() || text[pos] != '=') return "";
  ++pos;
  while (pos < text.size() &&
         (text[pos] == ' ' || text[pos] == '"' || text[pos] == '\''))
    ++pos;
  size_t end = pos;
  while (end < text.size() && IsCharsetNameChar(text[end])) ++end;
  return std::string(text.substr(pos, end - pos));
}

// The charset= value inside one lower-cased tag or header value; "" if none.
std::string CharsetIn(std::string_view text) {
  for (size_t pos = text.find("charset"); pos != std::string_view::npos;
       pos = text.find("charset", pos + 7)) {
    std::string value = ValueAfterCharset(text, pos);
    if (!value.empty()) return value;
  }
  return "";
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// Maps a declared label to the charset browsers use for it (the WHATWG
// Encoding standard): ISO-8859-1 and ASCII labels mean windows-1252, EUC-KR
// means its superset windows-949, GB2312 means GBK. A UTF-16 label in a
// page readable as ASCII is treated as UTF-8, as the HTML standard says.
std::string BrowserCharset(const std::string& label) {
  if (label == "iso-8859-1" || label == "latin1" || label == "l1" ||
      label == "us-ascii" || label == "ascii" || label == "iso8859-1") {
    return "windows-1252";
  }
  if (label == "euc-kr" || label == "ks_c_5601-1987") return "windows-949";
  if (label == "gb2312" || label == "x-gbk") return "gbk";
  if (label.rfind("utf-16", 0) == 0) return "utf-8";
  return label;
}

// 1 for single-byte charsets, 2+ for multi-byte ones, 0 if ICU does not
// know the name.
int MaxCharBytes(const std::string& charset) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(
      ucnv_open(charset.c_str(), &error));
  if (U_FAILURE(error)) return 0;
  return ucnv_getMaxCharSize(converter.get());
}

bool HasNonAscii(std::string_view bytes) {
  for (unsigned char c : bytes) {
    if (c >= 0x80) return true;
  }
  return false;
}

// Decodes with the declared `label`; false if ICU does not know it or the
// bytes are not valid in it (then detection decides).
bool DecodeDeclared(std::string_view bytes, const std::string& label,
                    DecodedText* decoded) {
  std::string charset = BrowserCharset(label);
  int max_bytes = MaxCharBytes(charset);
  if (max_bytes == 0) return false;
  // A single-byte declaration on valid multi-byte UTF-8 is a lie (see the
  // header comment); UTF-8 wins.
  if (max_bytes == 1 && HasNonAscii(bytes) &&
      ConvertToUtf8(bytes, "UTF-8", &decoded->utf8)) {
    decoded->encoding = "UTF-8";
    return true;
  }
  if (!ConvertToUtf8(bytes, charset.c_str(), &decoded->utf8)) return false;
  decoded->encoding = charset == "utf-8" ? "UTF-8" : label;
  return true;
}

}  // namespace

std::string FindMetaCharset(std::string_view page) {
  // ASCII letters only: the page is not yet decoded, so its bytes must keep
  // their positions (util::FoldCase would decode them).
  std::string head = util::AsciiLower(page.substr(0, kMetaScanBytes));
  for (size_t pos = head.find("<meta"); pos != std::string::npos;
       pos = head.find("<meta", pos + 5)) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    std::string value =
        CharsetIn(std::string_view(head).substr(pos, end - pos));
    if (!value.empty()) return value;
  }
  return "";
}

std::string CharsetParameter(std::string_view content_type) {
  return CharsetIn(util::AsciiLower(content_type));
}

Result<DecodedText> DecodeHtml(std::string_view bytes,
                               std::string_view transport_charset,
                               std::string_view path,
                               const IngestOptions& options) {
  // A byte-order mark, or UTF-16 without one, wins over any declaration;
  // DecodeToUtf8 handles both.
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF" ||
      bytes.substr(0, 3) == "\xEF\xBB\xBF" || SniffUtf16(bytes) != nullptr) {
    return DecodeToUtf8(bytes, path, options);
  }
  if (LooksBinary(bytes, options.max_control_fraction)) {
    return Status::Corruption(path, "binary file");
  }
  DecodedText decoded;
  for (const std::string& label :
       {util::AsciiLower(transport_charset), FindMetaCharset(bytes)}) {
    if (!label.empty() && DecodeDeclared(bytes, label, &decoded))
      return decoded;
  }
  return DecodeToUtf8(bytes, path, options);
}

}  // namespace corroborate::ingest
