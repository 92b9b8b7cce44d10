// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/dropped_letter_detector.h"

#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "util/text.h"

namespace corroborate::ingest {

namespace {

// A line counts as English prose with at least this many English function
// words, and more of them than Romance ones. Two: a one-clause news sentence
// ("... in the ...") has two; a headline fragment may have none, and then
// the check is skipped, which errs towards not flagging.
constexpr int kMinEnglishFunctionWords = 2;

const std::set<std::string>& EnglishFunctionWords() {
  static const std::set<std::string> kWords = {
      "the",  "and", "of",   "to",   "in",   "is",    "was",
      "that", "for", "on",   "with", "are",  "were",  "it",
      "by",   "has", "have", "this", "from", "which", "they"};
  return kWords;
}

const std::set<std::string>& RomanceFunctionWords() {
  static const std::set<std::string> kWords = {
      "de", "la",  "el",  "en",  "que", "los", "las",  "por",
      "le", "les", "des", "et",  "il",  "di",  "da",   "em",
      "um", "uma", "una", "con", "du",  "del", "para", "y"};
  return kWords;
}

bool LooksEnglish(std::string_view line) {
  int english = 0;
  int romance = 0;
  for (const std::string& word : util::FoldedWords(line)) {
    english += EnglishFunctionWords().count(word) > 0;
    romance += RomanceFunctionWords().count(word) > 0;
  }
  return english >= kMinEnglishFunctionWords && english > romance;
}

struct Token {
  std::string_view text;
  size_t begin;
};

std::vector<Token> SplitOnSpaces(std::string_view line) {
  std::vector<Token> tokens;
  size_t pos = 0;
  while (pos < line.size()) {
    size_t end = line.find(' ', pos);
    if (end == line.npos) end = line.size();
    if (end > pos) tokens.push_back(Token{line.substr(pos, end - pos), pos});
    pos = end + 1;
  }
  return tokens;
}

bool IsAsciiLetter(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

// The token before a dropped letter must end in a letter: this excludes
// numbers ("3 x 4"), operators, and contractions split at the apostrophe.
bool EndsWord(std::string_view token) { return IsAsciiLetter(token.back()); }

// The token after must start a word: excludes "x = 2" and "n/a"-like forms.
bool StartsWord(std::string_view token) { return IsAsciiLetter(token.front()); }

bool IsLoneLowercaseLetter(std::string_view token) {
  // "a" is the only one-letter lowercase word of English prose ("I" is
  // upper case); "v" (versus: "France v Germany"), "u" and "w" (you, with,
  // in quoted posts) are abbreviations found in the WikiRef and PolNeAR
  // news texts.
  if (token.size() != 1 ||
      !std::islower(static_cast<unsigned char>(token[0]))) {
    return false;
  }
  return std::string_view("auvw").find(token[0]) == std::string_view::npos;
}

}  // namespace

int FindDroppedLetter(std::string_view line) {
  std::vector<Token> tokens = SplitOnSpaces(line);
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    if (!IsLoneLowercaseLetter(tokens[i].text)) continue;
    if (!EndsWord(tokens[i - 1].text) || !StartsWord(tokens[i + 1].text))
      continue;
    if (!LooksEnglish(line)) return -1;
    return static_cast<int>(tokens[i].begin);
  }
  return -1;
}

}  // namespace corroborate::ingest
