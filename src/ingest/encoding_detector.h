// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// EncodingDetector turns the raw bytes of an input into UTF-8. Order of
// decisions: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins; then
// UTF-16 without a mark, recognised by its zero bytes (SniffUtf16);
// otherwise bytes that are valid UTF-8 stay UTF-8; otherwise uchardet guesses
// the charset and ICU converts from it. Binary input (NUL bytes or too many
// control characters) is rejected before any guessing.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string>
#include <string_view>

#include "corroborate/options.h"
#include "corroborate/status.h"

namespace corroborate::ingest {

struct DecodedText {
  std::string utf8;      // the text, UTF-8, without a byte-order mark
  std::string encoding;  // "UTF-8", "UTF-16LE", "WINDOWS-1252", ...
};

// Returns true iff `bytes` holds a NUL byte or more than `max_control_fraction`
// of its bytes are C0 control characters other than tab, LF, CR and FF.
bool LooksBinary(std::string_view bytes, double max_control_fraction);

// "UTF-16LE" or "UTF-16BE" when `bytes` look like UTF-16 text without a
// byte-order mark: in its first 4 KiB, at least half the 16-bit units have
// a zero high byte and (almost) none a zero low byte. That holds for text in
// Latin scripts; UTF-16 in other scripts is not recognised. nullptr
// otherwise. The caller still has to convert strictly.
const char* SniffUtf16(std::string_view bytes);

// Converts `bytes` in the ICU charset `charset` to UTF-8. Returns false if a
// byte sequence is not valid in that charset (nothing is substituted).
bool ConvertToUtf8(std::string_view bytes, const char* charset,
                   std::string* utf8);

// Asks uchardet for the charset of `bytes`; "" when it has no guess.
std::string GuessCharset(std::string_view bytes);

// Decodes `bytes` (see the file comment). Errors are Corruption statuses
// naming `path`: "binary file" or "not valid UTF-8 or any known encoding".
Result<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view path,
                                 const IngestOptions& options);

}  // namespace corroborate::ingest
