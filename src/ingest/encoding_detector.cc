// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/encoding_detector.h"

#include <memory>
#include <vector>

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

namespace corroborate::ingest {

namespace {

struct Bom {
  std::string_view bytes;
  const char* charset;
};

// Longest first: no listed mark is a prefix of another, but keep the habit.
constexpr Bom kBoms[] = {
    {"\xEF\xBB\xBF", "UTF-8"},
    {"\xFF\xFE", "UTF-16LE"},
    {"\xFE\xFF", "UTF-16BE"},
};

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

struct DetectorCloser {
  void operator()(uchardet* detector) const { uchardet_delete(detector); }
};

Status Undecodable(std::string_view path) {
  return Status::Corruption(path, "not valid UTF-8 or any known encoding");
}

// Converts `bytes` with `converter`. Most charsets give at most one UTF-16
// unit per byte, so that much is tried first; the rare longer result is
// converted again with the size ICU reports.
std::vector<UChar> ToUtf16(UConverter* converter, std::string_view bytes,
                           UErrorCode* error) {
  std::vector<UChar> units(bytes.size() + 1);
  int32_t length =
      ucnv_toUChars(converter, units.data(), static_cast<int32_t>(units.size()),
                    bytes.data(), static_cast<int32_t>(bytes.size()), error);
  if (*error == U_BUFFER_OVERFLOW_ERROR) {
    *error = U_ZERO_ERROR;
    ucnv_resetToUnicode(converter);
    units.resize(static_cast<size_t>(length) + 1);
    length = ucnv_toUChars(converter, units.data(),
                           static_cast<int32_t>(units.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), error);
  }
  units.resize(U_FAILURE(*error) ? 0 : static_cast<size_t>(length));
  return units;
}

// True iff `bytes` is well-formed UTF-8 (no overlong forms, surrogates or
// code points above U+10FFFF).
bool IsValidUtf8(std::string_view bytes) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int64_t length = static_cast<int64_t>(bytes.size());
  int64_t i = 0;
  while (i < length) {
    if (s[i] < 0x80) {  // ASCII fast path
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// Bytes SniffUtf16 looks at: enough for a title and a paragraph.
constexpr size_t kUtf16SniffBytes = 4096;

}  // namespace

const char* SniffUtf16(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kUtf16SniffBytes);
  size_t units = head.size() / 2;
  // Eight units is the shortest sample worth a guess.
  if (units < 8) return nullptr;
  size_t zero_even = 0, zero_odd = 0;
  for (size_t i = 0; i + 1 < head.size(); i += 2) {
    zero_even += head[i] == '\0';
    zero_odd += head[i + 1] == '\0';
  }
  // Latin-script text is mostly ASCII, so at least half its units have a
  // zero high byte; the other position is zero only for the rare U+xx00
  // character (up to 1 in 20 allowed). Binary data has zeros in both.
  auto dominant = [units](size_t zeros, size_t other) {
    return 2 * zeros >= units && 20 * other <= zeros;
  };
  if (dominant(zero_odd, zero_even)) return "UTF-16LE";
  if (dominant(zero_even, zero_odd)) return "UTF-16BE";
  return nullptr;
}

std::string GuessCharset(std::string_view bytes) {
  std::unique_ptr<uchardet, DetectorCloser> detector(uchardet_new());
  if (uchardet_handle_data(detector.get(), bytes.data(), bytes.size()) != 0)
    return "";
  uchardet_data_end(detector.get());
  const char* charset = uchardet_get_charset(detector.get());
  return charset == nullptr ? "" : charset;
}

bool LooksBinary(std::string_view bytes, double max_control_fraction) {
  if (bytes.empty()) return false;
  size_t controls = 0;
  for (unsigned char c : bytes) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
      ++controls;
    if (c == 0x7F) ++controls;
  }
  return static_cast<double>(controls) / static_cast<double>(bytes.size()) >
         max_control_fraction;
}

bool ConvertToUtf8(std::string_view bytes, const char* charset,
                   std::string* utf8) {
  if (std::string_view(charset) == "UTF-8") {
    // Validating and copying keeps large pages from a round trip through
    // UTF-16 (four bytes of buffer per input byte).
    if (!IsValidUtf8(bytes)) return false;
    utf8->assign(bytes);
    return true;
  }
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(
      ucnv_open(charset, &error));
  if (U_FAILURE(error)) return false;
  // Stop at the first invalid sequence instead of substituting U+FFFD, so
  // that a wrong guess shows up as a failure.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr,
                      nullptr, nullptr, &error);
  std::vector<UChar> units = ToUtf16(converter.get(), bytes, &error);
  if (U_FAILURE(error)) return false;
  int32_t length = static_cast<int32_t>(units.size());
  int32_t utf8_length = 0;
  u_strToUTF8(nullptr, 0, &utf8_length, units.data(), length, &error);
  if (error != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(error)) return false;
  error = U_ZERO_ERROR;
  utf8->assign(static_cast<size_t>(utf8_length), '\0');
  u_strToUTF8(utf8->data(), utf8_length, nullptr, units.data(), length, &error);
  return U_SUCCESS(error) || error == U_STRING_NOT_TERMINATED_WARNING;
}

Result<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view path,
                                 const IngestOptions& options) {
  DecodedText decoded;
  for (const Bom& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) != bom.bytes) continue;
    if (!ConvertToUtf8(bytes.substr(bom.bytes.size()), bom.charset,
                       &decoded.utf8)) {
      return Undecodable(path);
    }
    decoded.encoding = bom.charset;
    return decoded;
  }
  // uchardet names UTF-16 only after a byte-order mark; without one the
  // zero bytes would make the text look binary. Decoded, it must not.
  if (const char* utf16 = SniffUtf16(bytes);
      utf16 != nullptr && ConvertToUtf8(bytes, utf16, &decoded.utf8) &&
      !LooksBinary(decoded.utf8, options.max_control_fraction)) {
    decoded.encoding = utf16;
    return decoded;
  }
  if (LooksBinary(bytes, options.max_control_fraction)) {
    return Status::Corruption(path, "binary file");
  }
  if (ConvertToUtf8(bytes, "UTF-8", &decoded.utf8)) {
    decoded.encoding = "UTF-8";
    return decoded;
  }
  std::string charset = GuessCharset(bytes);
  if (charset.empty() || charset == "UTF-8" || charset == "ASCII" ||
      !ConvertToUtf8(bytes, charset.c_str(), &decoded.utf8)) {
    return Undecodable(path);
  }
  decoded.encoding = charset;
  return decoded;
}

}  // namespace corroborate::ingest
