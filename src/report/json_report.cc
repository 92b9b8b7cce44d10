// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/report.h"

#include "util/analysis_json.h"

namespace corroborate {

std::string ToJson(const Analysis& analysis, int indent) {
  // Replace, not throw, on invalid UTF-8: ingest guarantees UTF-8, but a
  // report must never fail on one bad byte that slipped through.
  return util::AnalysisToJson(analysis).dump(
      indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace corroborate
