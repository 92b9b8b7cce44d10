// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Shared limits and helpers of the libFuzzer targets (fuzz/*_fuzzer.cc).

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/article.h"

namespace corroborate::fuzz {

// Inputs longer than this are skipped. 64 KiB is ten times the longest
// article in tests/data and ../shared/corpus, so it covers every real shape,
// while one execution stays well under libFuzzer's per-input -timeout.
// Huge inputs are the hostile-input tests' job, not the fuzzers'.
inline constexpr size_t kMaxInputBytes = 64u << 10;

// The bytes libFuzzer hands over, as a string_view; empty when over the cap.
inline std::string_view CappedInput(const uint8_t* data, size_t size) {
  if (size > kMaxInputBytes) return {};
  return {reinterpret_cast<const char*>(data), size};
}

// True iff `text` is well-formed UTF-8 (no overlongs, surrogates or code
// points above U+10FFFF). Every stage after ingest may assume UTF-8, so the
// analyser and codec targets only feed it what ingest can produce.
bool IsValidUtf8(std::string_view text);

// An Article whose paragraphs are the non-empty lines of `text`, numbered
// like ingest numbers them (1-based lines), with id "fuzz".
Article ArticleFromLines(std::string_view text);

}  // namespace corroborate::fuzz
