// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The JSON form of the data model (docs/output.md), both ways. The report
// stage prints it and the store keeps articles in it, so the two can never
// drift apart. nlohmann::json stays inside src/: the public API never shows it.

#pragma once

#include <nlohmann/json.hpp>

#include "corroborate/article.h"
#include "corroborate/status.h"

namespace corroborate::util {

// Version of the output schema; bump when a field changes meaning or goes.
inline constexpr int kOutputSchemaVersion = 1;

nlohmann::json ArticleToJson(const Article& article);
nlohmann::json ReuseToJson(const Reuse& reuse);
nlohmann::json StoryToJson(const Story& story);
nlohmann::json AnalysisToJson(const Analysis& analysis);

// The inverses. Missing optional fields take their defaults; a value of the
// wrong type gives a Corruption status naming the field.
Result<Article> ArticleFromJson(const nlohmann::json& json);
Result<Reuse> ReuseFromJson(const nlohmann::json& json);
Result<Story> StoryFromJson(const nlohmann::json& json);

}  // namespace corroborate::util
