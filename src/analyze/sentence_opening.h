// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// How a sentence opens before its subject: a dateline ("WASHINGTON (AP)
// —"), a time span ("A month later,"), an adverbial ("On Monday,", "In
// Ames, Iowa, on Sunday,", "Appearing on CBS,"). The subject finder starts
// after them; the content rules keep them out of "..., X said." content.
//
// Thread-safe: pure functions over constant tables.

#pragma once

#include <cstddef>
#include <vector>

#include "analyze/tokenizer.h"

namespace corroborate::analyze {

// Adverbial openers that make "In March, X said ..." a preverbal cue.
bool IsLeadIn(const Token& t);

// Words that open an adverbial before the subject ("Despite the rain, the
// mayor ...", "Appearing before the board, Ito said"), beyond IsLeadIn's.
bool OpensAdverbial(const Token& t);

// Words of a time expression or a bare number ("last week", "A day
// later", "43"): a subject made only of them is an adverbial.
bool IsTimeOrNumber(const Token& t);

// The first token after the opening of the sentence, before token `limit`:
// after a dateline, a time span, or an adverbial with the place, time and
// adverbial parts that go on after its comma; 0 when the sentence opens
// with none of them.
size_t OpeningEnd(const std::vector<Token>& tokens, size_t limit);

}  // namespace corroborate::analyze
