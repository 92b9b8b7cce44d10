// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The sex a first name tells ("Mary Okafor" is a woman, "Ronald Cho" a
// man), from models/given_names.tsv: the 1990 US Census first names that
// leave little doubt (tools/derive_given_names.py). The mention tracker
// uses it so that a "she" skips "Bernard Ito" when no title or pronoun
// has said more.
//
// Thread-safe: the table is read once and never changed.

#pragma once

#include <string_view>

namespace corroborate::analyze {

enum class GivenNameSex : char { kUnknown, kMale, kFemale };

// The sex of the lower-case first name `lower_name`; kUnknown for names
// used by both ("Taylor"), names not listed, and when the model file is
// missing.
GivenNameSex SexOfGivenName(std::string_view lower_name);

}  // namespace corroborate::analyze
