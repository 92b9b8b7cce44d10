// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Spelling-level comparison of entity names: normalised forms, transliteration
// skeletons, acronym initials and edit distance (docs/entities.md). Pure
// functions, thread-safe; no gazetteer knowledge (see SameNameConfidence).

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corroborate::entities {

// Folds case and accents, drops apostrophes and dots ("U.S." -> "us"), turns
// hyphens into spaces, strips a leading "the" and Arabic articles ("al-",
// "el-", "al " ...) before words, and collapses spaces:
// "Asharq Al-Awsat" -> "asharq awsat".
std::string NormalizeName(std::string_view name);

// The transliteration skeleton of a normalised name, spaces removed: first
// letter kept, later vowels (and y, w, h) dropped, q/c/k and similar
// letters merged, doubled letters collapsed: "salaheddin" and
// "salah ad din" both give "slhdn".
std::string Skeleton(std::string_view normalized);

// The upper-case initials of the significant words ("of", "and", "the"
// skipped): "Popular Mobilization Forces" -> "PMF".
std::string Initials(std::string_view name);

// The initials of every word, small ones too: "Department of Health" ->
// "DOH" (Initials gives "DH").
std::string AllInitials(std::string_view name);

// An acronym's letters without its dots: "U.S." -> "US".
std::string AcronymLetters(std::string_view acronym);

// True iff `name` looks like an acronym: 2..8 letters, all upper case,
// dots allowed ("PMF", "U.S.", "IRGC").
bool IsAcronym(std::string_view name);

// Optimal-string-alignment Damerau-Levenshtein distance (bytes), stopping
// early once it exceeds `limit` (then returns limit + 1).
int EditDistance(std::string_view a, std::string_view b, int limit);

// 0..1 that two names spell the same entity, from spelling alone:
//   1.0  same normalised form ("U.S."/"US", "Asharq Al-Awsat"/"al-Awsat")
//   0.85 one is the acronym of the other ("PMF"/"Popular Mobilization Forces")
//   0.8  word by word the same skeleton or one edit apart in words of 6+
//        letters ("Mobilisation"/"Mobilization", "Hadath"/"Hadtah")
//   0.75 same whole-name skeleton of 5+ letters, split into a different
//        number of words ("Salaheddin"/"Salah ad Din")
//   0    otherwise ("Saar"/"Saab", "Austria"/"Australia", "John Smith"/
//        "Jane Smith", "George Bush"/"George W. Bush")
double SpellingSimilarity(std::string_view a, std::string_view b);

}  // namespace corroborate::entities
