// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "util/split.h"

namespace corroborate::util {

std::vector<std::string_view> Split(std::string_view text, char sep) {
  std::vector<std::string_view> fields;
  for (size_t begin = 0;;) {
    const size_t end = text.find(sep, begin);
    if (end == std::string_view::npos) {
      fields.push_back(text.substr(begin));
      return fields;
    }
    fields.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
}

std::vector<std::string_view> SplitSkippingEmpty(std::string_view text,
                                                 char sep) {
  std::vector<std::string_view> pieces;
  for (std::string_view field : Split(text, sep)) {
    if (!field.empty()) pieces.push_back(field);
  }
  return pieces;
}

}  // namespace corroborate::util
