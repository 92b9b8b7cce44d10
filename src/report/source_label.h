// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// How a report names the party behind an attribution: "Benjamin Netanyahu,
// Prime Minister". One definition for the text summary, the HTML source
// graph and the HTML timeline, so that they always agree.

#pragma once

#include <string>

namespace corroborate::report {

// `source`, followed by ", `role`" when both are set.
std::string SourceWithRole(const std::string& source, const std::string& role);

}  // namespace corroborate::report
