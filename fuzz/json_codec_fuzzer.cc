// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// libFuzzer target: the JSON codec the store and `report` read back
// (util::ArticleFromJson). Parses the bytes with nlohmann::json without
// exceptions; when they parse, decodes them as an Article, and a decoded
// Article must encode again without failing.

#include <cstddef>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "fuzz_input.h"
#include "util/analysis_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = corroborate::fuzz::CappedInput(data, size);
  if (bytes.empty()) return 0;
  nlohmann::json json = nlohmann::json::parse(bytes, /*cb=*/nullptr,
                                              /*allow_exceptions=*/false);
  if (json.is_discarded()) return 0;
  auto article = corroborate::util::ArticleFromJson(json);
  if (article.ok()) {
    // Strings that came in through the parser are valid UTF-8, so dump()
    // must not throw; kReplace keeps the target honest if that ever breaks.
    corroborate::util::ArticleToJson(article.value())
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  return 0;
}
