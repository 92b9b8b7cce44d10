// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// libFuzzer target: plain text with encoding detection (uchardet + ICU).
// Calls IngestBytes the way the pipeline does for a file named *.txt.

#include <cstddef>
#include <cstdint>

#include "corroborate/ingest.h"

#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = corroborate::fuzz::CappedInput(data, size);
  if (bytes.empty()) return 0;
  auto articles =
      corroborate::IngestBytes(bytes, "fuzz.txt", corroborate::IngestOptions{},
                               [](const corroborate::Status&) {});
  return 0;
}
