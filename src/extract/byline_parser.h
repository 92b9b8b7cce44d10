// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Recognises the two kinds of paragraph that name the article's authors:
//   a byline            "By Jane Doe", "By JANE DOE, Staff Writer",
//                       "Written by Jane Doe and John Roe"
//   a contributor line  "Jane Doe and John Roe contributed to this report.",
//                       "Reporting by Jane Doe in Lima; Editing by John Roe",
//                       "Additional reporting by Jane Doe"
// and pulls out the names.
//
// Thread-safe: the patterns are compiled once and only read afterwards.

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate::extract {

// Returns the author part of a byline ("Jane Doe" for "By Jane Doe, Staff
// Writer"), or nullopt if `text` is not a byline.
std::optional<std::string> ParseByline(std::string_view text);

// Returns the names of a contributor line, in order, or nullopt if `text` is
// not one. The list may be empty if the names cannot be separated.
std::optional<std::vector<std::string>> ParseContributorLine(
    std::string_view text);

}  // namespace corroborate::extract
