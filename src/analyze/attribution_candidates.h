// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The candidate attributions of one cue in a tokenized sentence, for the
// attribution finder (attribution_finder.cc): where the source, cue and
// content stand for "X said ...", "..., said X", "according to X", "X told
// Y", "A quoted B as saying", participles, passives with a "by" agent and
// "As reported by X, ...". Spans follow PolNeAR's edges (a source runs over
// its appositive, a cue over a following particle).
//
// Thread-safe: pure functions.

#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyze/cue_lexicon.h"
#include "analyze/tokenizer.h"

namespace corroborate::analyze {

// A found cue with its parts as token ranges of one sentence.
struct Candidate {
  Cue cue;
  std::string cue_text;
  size_t subject_begin = 0, subject_end = 0;  // empty if none
  // Where the source span as written ends: past an appositive or party tag
  // after the subject ("X, the GOP chairman," / "X (I-Vt.)"), which the
  // source name leaves out; 0 means subject_end.
  size_t span_end = 0;
  size_t relative = 0;  // "X, who said": the "who" token, the span as written
  size_t content_begin = 0, content_end = 0;
  std::string source, via;
  // A role in apposition after the subject ("X, the White House spokesman,
  // said" -> "White House spokesman"), or "".
  std::string role;
  bool postposed = false;
  bool dropped = false;
  bool agent = false;  // the source is a "by" agent after a passive cue
  // "“...” ― Ana Cho" or a paragraph "- Ana Cho.": the content is the
  // quotation the dash signs, which may begin in an earlier sentence.
  bool signed_quote = false;
};

// The noun phrase starting at `begin`: up to punctuation, a clause word,
// "saying"/"as", or a time expression.
size_t PhraseEnd(const std::vector<Token>& tokens, size_t begin);

// Skips time expressions and "in a statement"-like phrases after a cue at
// token `i`; appends the latter to `cue_text` ("said in a post on X").
// Returns the first token after them.
size_t SkipCueTail(std::string_view text, const std::vector<Token>& tokens,
                   size_t i, std::string* cue_text);

// The word tokens in [begin, end).
size_t CountWords(const std::vector<Token>& tokens, size_t begin, size_t end);

// The candidate of `cue`: its source (the subject, an inverted speaker, an
// agent), its content and the chain party of "told"/"quoted". `dropped`
// when the cue turns out to be no attribution.
Candidate BuildCandidate(std::string_view text,
                         const std::vector<Token>& tokens, const Cue& cue);

}  // namespace corroborate::analyze
