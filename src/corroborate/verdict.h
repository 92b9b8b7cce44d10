// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The verdict on a claim and its one-sentence explanation, from the number
// of carrying articles and the claim's provenance. Precedence (see
// docs/provenance.md): denied / contested, then unattributed (no root),
// then officially_confirmed (a root is the party concerned confirming on
// the record), then multiple_independent_sources (>= 2 roots), then
// single_anonymous_source, then officially_unconfirmed (one named root and
// a carrying article says it is not confirmed), then single_source.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string>
#include <vector>

#include "corroborate/origin_resolver.h"

namespace corroborate::corroborate {

// Returns the verdict name (Claim::verdict).
std::string Verdict(const Provenance& provenance);

// Returns one readable sentence saying why, e.g. "3 articles carry this
// claim; all trace back to Outlet citing unnamed officials: circular
// reporting."
// The verdict's reasons, most important first: who denied, disputed or
// confirmed it, how many roots of which kind, whether it is unconfirmed.
std::vector<std::string> Reasons(const Provenance& provenance);

std::string Explain(int articles, const Provenance& provenance);

}  // namespace corroborate::corroborate
