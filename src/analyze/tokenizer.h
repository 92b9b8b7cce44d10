// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Splits one sentence into word and punctuation tokens for the attribution
// and signal rules, and marks which tokens stand inside quotation marks.
// Hand-written rather than ICU's word BreakIterator because the rules need
// abbreviations kept whole ("U.S.", "Col.") and typographic quotes as
// separate tokens, which the ICU word rules do not give.
//
// Thread-safe: pure functions.

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corroborate::analyze {

enum class TokenKind { kWord, kPunct, kOpenQuote, kCloseQuote };

struct Token {
  std::string text;   // as written
  std::string lower;  // ASCII lower case of text, typographic apostrophe made '
  size_t begin = 0;   // byte offset in the sentence
  size_t end = 0;     // one past the last byte
  TokenKind kind = TokenKind::kWord;
  bool quoted = false;  // inside a quotation (quote marks themselves: false)
  // A word whose first letter is upper case in any script ("Vega",
  // "Ólafsson"), or a short particle before such a part ("al-Awsat").
  bool capitalized = false;
  bool name_like = false;

  bool IsWord() const { return kind == TokenKind::kWord; }
  bool IsCapitalized() const { return capitalized; }
  bool IsNameLike() const { return name_like; }
  // A lower-case adverb in -ly ("repeatedly", "officially").
  bool IsAdverb() const {
    return IsWord() && !IsCapitalized() && lower.ends_with("ly") &&
           lower.size() > 4;
  }
  bool Is(std::string_view word) const { return lower == word; }
};

// Tokenizes `sentence`. Words are runs of letters and digits (any non-ASCII
// byte that is not a quote mark or dash counts as a letter) with inner
// apostrophes, hyphens and dots ("Iraq's", "Iran-backed", "U.S."); a short
// capitalized abbreviation keeps its final dot ("Col.", "Gen.").
// Quote marks: curly double marks, the straight '"' and a doubled
// apostrophe "''" (both open outside a quotation and close inside one).
// `starts_quoted` is true when the sentence continues a quotation opened in
// an earlier sentence of the same paragraph.
std::vector<Token> Tokenize(std::string_view sentence,
                            bool starts_quoted = false);

// True iff the quotation state after `tokens` is open (an opening mark
// without its closing one), or `starts_quoted` and no mark changed it.
bool EndsInsideQuote(const std::vector<Token>& tokens, bool starts_quoted);

// The text of tokens [begin, end) as written in `sentence` (spacing kept).
std::string Span(std::string_view sentence, const std::vector<Token>& tokens,
                 size_t begin, size_t end);

}  // namespace corroborate::analyze
