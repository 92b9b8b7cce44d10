// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// How the MPI ranks encode what they exchange (analysed articles, reuse,
// stories): the JSON values of util/analysis_json.h in MessagePack, through
// nlohmann::json's own codec. Binary, so there is no number or string
// formatting to do and parse (at 3,000 synthetic articles the text JSON
// exchange cost each rank about 1 CPU-second, docs/scaling.md), and strings
// pass byte for byte (the text dump would replace invalid UTF-8).
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace corroborate::pipeline {

inline std::string Pack(const nlohmann::json& value) {
  std::string bytes;
  nlohmann::json::to_msgpack(value, bytes);
  return bytes;
}

// The value Pack encoded; a discarded value (is_discarded()) if `bytes` is
// not MessagePack.
inline nlohmann::json Unpack(const std::string& bytes) {
  return nlohmann::json::from_msgpack(bytes, /*strict=*/true,
                                      /*allow_exceptions=*/false);
}

}  // namespace corroborate::pipeline
