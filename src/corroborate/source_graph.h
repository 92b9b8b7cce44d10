// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The source graph of a story: every outlet, person, body, anonymous group,
// document and piece of imagery its articles name, and who reported,
// cited, quoted, copied from, denied or declined to comment on whom. Names
// are merged by SourceKey/SameSource; an anonymous group is one node per
// conduit outlet (rule 2 of docs/provenance.md).
//
// Thread-safe if the lexicon is not shared.

#pragma once

#include <vector>

#include "corroborate/article.h"
#include "corroborate/paraphrase_lexicon.h"

namespace corroborate::corroborate {

// Builds the graph of the story made of `articles[story[i]]`; `reuse`
// gives the copied-text edges between them.
SourceGraph BuildSourceGraph(const std::vector<Article>& articles,
                             const std::vector<int>& story,
                             const std::vector<Reuse>& reuse,
                             const ParaphraseLexicon& lexicon);

}  // namespace corroborate::corroborate
