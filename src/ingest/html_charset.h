// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Decodes an HTML page to UTF-8 following the order of the HTML standard's
// encoding sniffing: a byte-order mark; the charset of the transport (the
// HTTP Content-Type header, e.g. from a WARC record); a <meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=..."> near the top
// of the page; then detection (valid UTF-8, else uchardet). ICU converts.
//
// A declaration that lies does not produce mojibake: a declared single-byte
// charset (ISO-8859-1, windows-1252, windows-1251, ...) on bytes that are
// valid UTF-8 with non-ASCII content decodes as UTF-8, since real
// single-byte text almost never forms valid multi-byte UTF-8 sequences; a
// declared charset in which the bytes are invalid falls through to
// detection.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string>
#include <string_view>

#include "corroborate/options.h"
#include "corroborate/status.h"

#include "ingest/encoding_detector.h"

namespace corroborate::ingest {

// Returns the charset named by the first <meta> that declares one in the
// opening bytes of `page` (lower case, as written: "windows-1251"), or "".
std::string FindMetaCharset(std::string_view page);

// Returns the charset parameter of an HTTP Content-Type value
// ("text/html; charset=EUC-KR" -> "euc-kr"), or "".
std::string CharsetParameter(std::string_view content_type);

// Decodes the page `bytes` (see the file comment); `transport_charset` is
// the HTTP header's charset or "". Errors are Corruption statuses naming
// `path`: "binary file", "not valid UTF-8 or any known encoding".
Result<DecodedText> DecodeHtml(std::string_view bytes,
                               std::string_view transport_charset,
                               std::string_view path,
                               const IngestOptions& options);

}  // namespace corroborate::ingest
