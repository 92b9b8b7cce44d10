// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Splitting text at one separator byte, as views into the text (which must
// outlive them). For words in the linguistic sense see util::Words.

#pragma once

#include <string_view>
#include <vector>

namespace corroborate::util {

// Every field between `sep`s, empty ones included: "a||b" -> {"a", "", "b"};
// "" -> {""}. For tab- or bar-separated data files.
std::vector<std::string_view> Split(std::string_view text, char sep);

// The non-empty pieces between `sep`s: " a  b " -> {"a", "b"}. For the
// space-separated words of already normalised names.
std::vector<std::string_view> SplitSkippingEmpty(std::string_view text,
                                                 char sep);

}  // namespace corroborate::util
