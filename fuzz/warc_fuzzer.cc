// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// libFuzzer target: WARC records (response and resource records holding HTML or
// text). Calls IngestBytes the way the pipeline does for a file named *.warc.

#include <cstddef>
#include <cstdint>

#include "corroborate/ingest.h"

#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = corroborate::fuzz::CappedInput(data, size);
  if (bytes.empty()) return 0;
  auto articles =
      corroborate::IngestBytes(bytes, "fuzz.warc", corroborate::IngestOptions{},
                               [](const corroborate::Status&) {});
  return 0;
}
