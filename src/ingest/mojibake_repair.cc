// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/mojibake_repair.h"

#include <array>
#include <unordered_map>
#include <vector>

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

namespace corroborate::ingest {
namespace {

// The byte Windows-1252 decodes to each character of 0x80..0xFF, taken
// from ICU's converter rather than a hand-typed table; a byte ICU leaves
// undefined (0x81, 0x8D, ...) and Latin-1's C1 controls map to themselves.
const std::unordered_map<UChar32, unsigned char>& ByteOfCharacter() {
  static const std::unordered_map<UChar32, unsigned char> table = [] {
    std::unordered_map<UChar32, unsigned char> t;
    for (int b = 0x80; b <= 0xFF; ++b) t[b] = static_cast<unsigned char>(b);
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open("windows-1252", &status);
    if (U_FAILURE(status)) return t;
    for (int b = 0x80; b <= 0xFF; ++b) {
      const char byte = static_cast<char>(b);
      UChar out[2];
      status = U_ZERO_ERROR;
      const int32_t n = ucnv_toUChars(converter, out, 2, &byte, 1, &status);
      if (U_SUCCESS(status) && n == 1 && out[0] != 0xFFFD && out[0] != b)
        t[out[0]] = static_cast<unsigned char>(b);
    }
    ucnv_close(converter);
    return t;
  }();
  return table;
}

// UTF-8 lead bytes and the length of the sequence they open.
int LeadLength(unsigned char byte) {
  if (byte >= 0xC2 && byte <= 0xDF) return 2;
  if (byte >= 0xE0 && byte <= 0xEF) return 3;
  if (byte >= 0xF0 && byte <= 0xF4) return 4;
  return 0;
}

}  // namespace

std::string RepairMojibake(std::string_view line) {
  // Every lead (U+00C2..U+00F4, read from bytes 0xC2..0xF4) is written
  // 0xC3 0x82..0xB4 in UTF-8: a line without that byte has nothing to do.
  if (line.find('\xC3') == std::string_view::npos) return std::string(line);
  const auto& byte_of = ByteOfCharacter();
  // Code points of the line with their byte offsets.
  struct CodePoint {
    UChar32 c;
    int32_t begin, end;
  };
  std::vector<CodePoint> cps;
  const int32_t n = static_cast<int32_t>(line.size());
  for (int32_t i = 0; i < n;) {
    CodePoint cp{0, i, i};
    U8_NEXT(line.data(), i, n, cp.c);
    cp.end = i;
    cps.push_back(cp);
  }
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < cps.size();) {
    auto lead = byte_of.find(cps[i].c);
    const int length = lead == byte_of.end() ? 0 : LeadLength(lead->second);
    std::array<unsigned char, 4> bytes{};
    bool repaired = length > 0 && i + length <= cps.size();
    for (int k = 0; repaired && k < length; ++k) {
      auto it = byte_of.find(cps[i + k].c);
      repaired = it != byte_of.end();
      if (repaired) bytes[k] = it->second;
    }
    if (repaired) {
      // Exactly one valid character of `length` bytes (U8_NEXT rejects
      // overlong forms and surrogates).
      int32_t at = 0;
      UChar32 c;
      U8_NEXT(bytes.data(), at, length, c);
      repaired = c >= 0x80 && at == length;
    }
    if (repaired) {
      out.append(reinterpret_cast<const char*>(bytes.data()),
                 static_cast<size_t>(length));
      i += static_cast<size_t>(length);
    } else {
      out.append(line.substr(cps[i].begin, cps[i].end - cps[i].begin));
      ++i;
    }
  }
  return out;
}

}  // namespace corroborate::ingest
