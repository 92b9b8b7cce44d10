// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Small UTF-8 text helpers shared by several stages. Words are runs of
// letters and digits (Unicode-aware, via ICU), with inner apostrophes and
// hyphens kept ("Iraq's", "Iran-backed").

#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate::util {

// Removes leading and trailing white space, including U+00A0 and other
// Unicode spaces.
std::string Trim(std::string_view text);

// Collapses every run of white space (Unicode-aware) into one ASCII space.
std::string CollapseSpace(std::string_view text);

// Lower-cases with full Unicode case folding.
std::string FoldCase(std::string_view text);

// A-Z made a-z; every other byte, UTF-8 ones included, unchanged. The
// in-place form lowers `size` bytes at `text`.
std::string AsciiLower(std::string_view text);
void AsciiLowerInPlace(char* text, size_t size);

// Folds case and strips diacritics: "Irán" -> "iran".
std::string FoldAccents(std::string_view text);

// The words of `text`, as written.
std::vector<std::string> Words(std::string_view text);

// Words(text).size(), without building the words.
size_t CountWords(std::string_view text);

// The words of `text`, folded (FoldAccents) and with typographic apostrophes
// made ASCII.
std::vector<std::string> FoldedWords(std::string_view text);

// The FoldedWords of `text` joined by single spaces, built in one string.
std::string JoinedFoldedWords(std::string_view text);

// Counts Unicode code points.
size_t CodePointCount(std::string_view text);

// True iff the text starts with `prefix`, ignoring ASCII case.
bool StartsWithIgnoreCase(std::string_view text, std::string_view prefix);

// True iff `a` and `b` are equal ignoring ASCII case; builds no string.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

// True iff the first code point of `word` is an upper-case letter in any
// script ("Vega", "Ólafsson", "Łódź"); false for empty or invalid UTF-8.
bool StartsUpper(std::string_view word);

// True iff `word` is 2 to 6 ASCII capitals ("UN", "NATO", "AFP").
bool IsAcronym(std::string_view word);

// `word` without a final possessive "'s" or "’s" ("Obama's" -> "Obama");
// `word` itself if it has none or is nothing but the ending.
std::string_view WithoutPossessive(std::string_view word);

// True when `text` contains one of `needles` (byte-exact substrings).
bool ContainsAny(std::string_view text,
                 std::initializer_list<std::string_view> needles);

// The file name without directories and without its last extension:
// "a/b/000_x.txt" -> "000_x".
std::string FileStem(std::string_view path);

}  // namespace corroborate::util
