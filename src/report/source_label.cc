// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "report/source_label.h"

namespace corroborate::report {

std::string SourceWithRole(const std::string& source, const std::string& role) {
  if (source.empty() || role.empty()) return source;
  return source + ", " + role;
}

}  // namespace corroborate::report
