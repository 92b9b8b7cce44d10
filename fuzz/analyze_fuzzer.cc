// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// libFuzzer target: the analyser (sentences, language, quality, attributions,
// signals). The bytes, when valid UTF-8 (all that ingest ever produces), become
// an Article with one paragraph per non-empty line; ExtractBody then Analyze
// run on it, as in the pipeline.

#include <cstddef>
#include <cstdint>

#include "corroborate/analyze.h"
#include "corroborate/extract.h"

#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = corroborate::fuzz::CappedInput(data, size);
  if (bytes.empty() || !corroborate::fuzz::IsValidUtf8(bytes)) return 0;
  corroborate::Article article = corroborate::fuzz::ArticleFromLines(bytes);
  corroborate::ExtractBody(&article, corroborate::ExtractOptions{});
  corroborate::Analyze(&article, corroborate::AnalyzeOptions{});
  return 0;
}
