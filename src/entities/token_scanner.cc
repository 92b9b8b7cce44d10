// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Hand-written rather than ICU's word BreakIterator: the finders need the
// acronym dots and possessives handled their own way, and a byte scanner
// keeps the stage above its 2 MB/s budget (docs/entities.md).

#include "entities/token_scanner.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace corroborate::entities {
namespace {

UChar32 At(std::string_view text, size_t i, size_t* next) {
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), pos,
          static_cast<int32_t>(text.size()), c);
  *next = static_cast<size_t>(pos);
  return c;
}

bool IsLetter(UChar32 c) { return c >= 0 && u_isalnum(c); }

bool IsApostrophe(std::string_view text, size_t i, size_t* len) {
  if (text[i] == '\'') {
    *len = 1;
    return true;
  }
  if (text.substr(i, 3) == "\xE2\x80\x99") {
    *len = 3;
    return true;
  }
  return false;
}

void Classify(std::string_view text, Token* t) {
  std::string_view w = text.substr(t->begin, t->end - t->begin);
  size_t next = 0;
  UChar32 first = At(w, 0, &next);
  t->capitalized = u_isupper(first) || u_istitle(first);
  if (!t->capitalized && w.size() > 3 &&
      (w.starts_with("al-") || w.starts_with("el-"))) {
    t->capitalized = u_isupper(At(w, 3, &next));
  }
  int letters = 0;
  bool upper = true;
  for (size_t i = 0; i < w.size();) {
    UChar32 c = At(w, i, &i);
    if (!u_isalpha(c)) continue;
    ++letters;
    upper = upper && u_isupper(c);
  }
  t->all_caps = upper && letters >= 2;
}

// Abbreviated titles written with a dot before a name.
bool IsTitleAbbreviation(std::string_view text, const Token& t) {
  static constexpr std::string_view kTitles[] = {
      "Dr",   "Mr",   "Mrs", "Ms",   "Prof", "Gen", "Sen", "Rep",
      "Gov",  "Lt",   "Col", "Capt", "Sgt",  "Maj", "Adm", "Supt",
      "Insp", "Cmdr", "Rev", "Fr",   "Hon",  "Pres"};
  const std::string_view w = text.substr(t.begin, t.end - t.begin);
  for (std::string_view title : kTitles)
    if (w == title) return true;
  return false;
}

// "Stuttgart-based", "Shenzhen-listed": the name before these suffixes is
// a place, where "Iran-backed" names an actor. Returns the dash's offset,
// or 0 if `t` is no such compound.
size_t LocationCompoundDash(std::string_view text, const Token& t) {
  static constexpr std::string_view kSuffixes[] = {"-based", "-listed",
                                                   "-headquartered"};
  std::string_view w = text.substr(t.begin, t.end - t.begin);
  if (!t.capitalized || t.all_caps) return 0;
  for (std::string_view suffix : kSuffixes) {
    if (w.size() > suffix.size() + 1 && w.ends_with(suffix))
      return t.end - suffix.size();
  }
  return 0;
}

}  // namespace

std::vector<Token> ScanTokens(std::string_view text) {
  std::vector<Token> tokens;
  bool sentence_start = true;
  bool only_space = true;
  for (size_t i = 0; i < text.size();) {
    size_t next = 0;
    UChar32 c = At(text, i, &next);
    if (!IsLetter(c)) {
      if (c == '.' || c == '!' || c == '?' || c == ':') sentence_start = true;
      if (c != ' ') only_space = false;
      i = next;
      continue;
    }
    Token t;
    t.begin = i;
    size_t j = next;
    while (j < text.size()) {
      size_t after = 0, len = 0;
      UChar32 d = At(text, j, &after);
      if (IsLetter(d)) {
        j = after;
        continue;
      }
      bool joiner = d == '-' || IsApostrophe(text, j, &len) ||
                    (d == '.' && j + 1 < text.size() && text[j + 1] >= 'A' &&
                     text[j + 1] <= 'Z' && j >= 1 && text[j - 1] >= 'A' &&
                     text[j - 1] <= 'Z');
      if (d == '-') len = 1;
      if (d == '.') len = 1;
      if (!joiner || j + len >= text.size() ||
          !IsLetter(At(text, j + len, &after))) {
        break;
      }
      j += len;
    }
    // Acronym dots: "U.S." keeps its final dot.
    if (j < text.size() && text[j] == '.' && j >= 2 && text[j - 2] == '.') ++j;
    t.end = j;
    std::string_view w = text.substr(t.begin, t.end - t.begin);
    if (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s")) {
      t.end -= w.ends_with("'s") ? 2 : 4;
      t.possessive = true;
    }
    Classify(text, &t);
    t.sentence_start = sentence_start;
    t.space_before = only_space;
    t.after = j < text.size() ? text[j] : 0;
    // "Dr. Ramon Cruz", "Gov. Ana Lim": the dot of a title's abbreviation
    // ends no sentence and parts no name.
    const bool title_dot = t.after == '.' && IsTitleAbbreviation(text, t);
    if (title_dot) ++j;
    if (size_t dash = LocationCompoundDash(text, t); dash != 0) {
      Token suffix = t;
      t.end = dash;
      t.after = '-';
      Classify(text, &t);
      suffix.begin = dash + 1;
      suffix.sentence_start = false;
      suffix.space_before = false;
      Classify(text, &suffix);
      tokens.push_back(t);
      t = suffix;
    }
    tokens.push_back(t);
    sentence_start = false;
    only_space = true;
    i = j;
  }
  return tokens;
}

}  // namespace corroborate::entities
