// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// libFuzzer target: JSON Lines articles (one object per line).
// Calls IngestBytes the way the pipeline does for a file named *.jsonl; bad
// lines go to the sink.

#include <cstddef>
#include <cstdint>

#include "corroborate/ingest.h"

#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = corroborate::fuzz::CappedInput(data, size);
  if (bytes.empty()) return 0;
  auto articles = corroborate::IngestBytes(bytes, "fuzz.jsonl",
                                           corroborate::IngestOptions{},
                                           [](const corroborate::Status&) {});
  return 0;
}
