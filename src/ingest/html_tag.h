// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The one piece of HTML tag syntax the byte scanners that run before gumbo
// need (the nesting guard in ingest, the invisible-content stripper in
// extract): where a tag ends.

#pragma once

#include <cstddef>
#include <string_view>

namespace corroborate::ingest {

// The position of the '>' closing the tag whose '<' is at `open`, skipping
// '>' inside quoted attribute values (single or double quotes); npos if the
// page ends first.
size_t FindTagClose(std::string_view html, size_t open);

}  // namespace corroborate::ingest
