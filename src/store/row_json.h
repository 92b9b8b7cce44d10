// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The JSON columns every backend keeps: how a value is written to a TEXT
// column and how a row's text is read back, with errors that name the
// database, table and row. Shared by the SQLite and PostgreSQL stores.

#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "corroborate/status.h"

namespace corroborate::store {

// Serialises for a TEXT column. Invalid UTF-8 (which ingest should never let
// through) is replaced by U+FFFD rather than letting nlohmann::json throw.
inline std::string DumpColumn(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Parses the JSON text of row `row` of `table` with `from_json` (e.g.
// util::ArticleFromJson). Any problem is a Corruption naming `database`
// (the file or URL), the table and the row.
template <typename FromJson>
auto ParseRow(const std::string& database, const char* table, int64_t row,
              std::string_view text, FromJson from_json)
    -> decltype(from_json(nlohmann::json())) {
  const std::string where = std::string(table) + " row " + std::to_string(row);
  nlohmann::json value;
  try {
    value = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    return Status::Corruption(database, where + ": invalid JSON: " + e.what());
  }
  auto result = from_json(value);
  if (!result.ok()) {
    return Status::Corruption(database,
                              where + ": " + result.status().message());
  }
  return result;
}

}  // namespace corroborate::store
