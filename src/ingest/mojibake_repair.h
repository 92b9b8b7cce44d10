// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// RepairMojibake undoes the commonest encoding damage in scraped news: UTF-8
// text whose bytes were once decoded as Windows-1252 (or Latin-1) and then
// encoded as UTF-8 again, so that "Peña" reads "PeÃ±a" and "’" reads "â€™".
// A run of characters is replaced only when their Windows-1252 bytes form
// exactly one valid UTF-8 character of two to four bytes; everything else,
// accented Latin text included ("à la", "Ångström"), is left as written.
// The damage detector (damage_detector.h) still reports the original line.
//
// Thread-safe: the byte table is built once.

#pragma once

#include <string>
#include <string_view>

namespace corroborate::ingest {

// Returns `line` (UTF-8) with its mojibake runs decoded.
std::string RepairMojibake(std::string_view line);

}  // namespace corroborate::ingest
