// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// libFuzzer target: HTML pages (charset sniffing, gumbo parsing, block
// extraction). Calls IngestBytes for a file named *.html, then ExtractBody on
// every article it returns, as the pipeline's extract stage does.

#include <cstddef>
#include <cstdint>

#include "corroborate/extract.h"
#include "corroborate/ingest.h"

#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = corroborate::fuzz::CappedInput(data, size);
  if (bytes.empty()) return 0;
  auto articles =
      corroborate::IngestBytes(bytes, "fuzz.html", corroborate::IngestOptions{},
                               [](const corroborate::Status&) {});
  if (!articles.ok()) return 0;
  for (corroborate::Article& article : articles.value()) {
    corroborate::ExtractBody(&article, corroborate::ExtractOptions{});
  }
  return 0;
}
