// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "analyze/tokenizer.h"

#include "util/text.h"
#include "util/word_set.h"

namespace corroborate::analyze {
namespace {

// Three-byte UTF-8 punctuation the rules care about.
constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";   // U+201C
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // U+201D
constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // U+2019

// Byte classes as lookup tables: the tokenizer runs over every sentence
// several times (mention tracking, attribution, quality), and a table read
// replaces the range compares per byte. Under the fuzzers' comparison
// tracing each compare is a call, which made Tokenize the analyze fuzzer's
// largest cost (perf, docs/reliability.md).
struct ByteTables {
  bool alnum[256] = {};  // ASCII letter or digit
  ByteTables() {
    for (int c = 0; c < 256; ++c) {
      alnum[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                 (c >= '0' && c <= '9');
    }
  }
};

const ByteTables& Bytes() {
  static const ByteTables kTables;
  return kTables;
}

bool IsSpaceAt(std::string_view s, size_t i) {
  return s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
}

bool IsAsciiAlnum(char c) {
  return Bytes().alnum[static_cast<unsigned char>(c)];
}

// Length of a multi-byte punctuation mark at `i` (Latin-1 symbols U+0080..
// U+00BF and the General Punctuation block U+2000..U+203F), or 0.
size_t PunctAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2 && i + 1 < s.size()) return 2;
  if (c == 0xE2 && i + 2 < s.size() &&
      static_cast<unsigned char>(s[i + 1]) == 0x80)
    return 3;
  return 0;
}

bool IsLetterAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsAsciiAlnum(s[i]);
  return PunctAt(s, i) == 0;
}

// Titles and abbreviations that keep their final dot.
bool KeepsDot(std::string_view word) {
  static const util::WordSet kAbbreviations = {
      "Col", "Gen",  "Lt",  "Sgt",  "Maj", "Capt", "Mr",   "Mrs",  "Ms",
      "Dr",  "Sen",  "Rep", "Gov",  "St",  "Jr",   "Sr",   "Prof", "Adm",
      "Rev", "Cmdr", "Jan", "Feb",  "Aug", "Sep",  "Sept", "Oct",  "Nov",
      "Dec", "No",   "Inc", "Corp", "Co",  "Ltd",  "vs",   "Del"};
  return kAbbreviations.count(word) > 0;
}

// Returns the end of the word starting at `i`.
size_t WordEnd(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size()) {
    // An ASCII letter or digit, the common case, takes one table read.
    if (IsAsciiAlnum(s[j]) || IsLetterAt(s, j)) {
      ++j;
      continue;
    }
    size_t joiner =
        s[j] == kRightSingle[0] && s.substr(j, 3) == kRightSingle ? 3 : 1;
    bool inner = (s[j] == '\'' || s[j] == '-' || s[j] == '.' || joiner == 3) &&
                 IsLetterAt(s, j + joiner);
    if (!inner) break;
    j += joiner;
  }
  // "U.S." keeps its final dot when it already has an inner one.
  if (j < s.size() && s[j] == '.') {
    std::string_view word = s.substr(i, j - i);
    // A middle initial ("John G. Roberts") keeps it when a capital follows.
    const bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z' &&
                         j + 2 < s.size() && s[j + 1] == ' ' &&
                         s[j + 2] >= 'A' && s[j + 2] <= 'Z';
    if (KeepsDot(word) || initial ||
        (word.find('.') != std::string_view::npos && word.size() <= 6))
      ++j;
  }
  return j;
}

// Token::lower of the token `text`, given `lowered`, the sentence's
// util::AsciiLower from the token's first byte on. The sentence is lowered
// once (eight bytes a step) and most tokens copy their part; only a token
// with a U+2019 (lead byte 0xE2) is rebuilt byte by byte.
void Lower(std::string_view text, std::string_view lowered, std::string* out) {
  if (text.find(kRightSingle[0]) == std::string_view::npos) {
    out->assign(lowered.substr(0, text.size()));
    return;
  }
  out->clear();
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == kRightSingle) {
      out->push_back('\'');
      i += 2;
      continue;
    }
    out->push_back(lowered[i]);
  }
}

// Sets capitalized and name_like. Unicode-aware (util::StartsUpper), so a
// name such as "Ólafsson" is a name and can be a pronoun's antecedent.
void MarkCapitals(Token* token) {
  const std::string_view text = token->text;
  token->capitalized = util::StartsUpper(text);
  const size_t dash = text.find('-');
  token->name_like =
      token->capitalized || (dash != std::string_view::npos && dash <= 3 &&
                             util::StartsUpper(text.substr(dash + 1)));
}

}  // namespace

bool EndsInsideQuote(const std::vector<Token>& tokens, bool starts_quoted) {
  for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
    if (it->kind == TokenKind::kOpenQuote) return true;
    if (it->kind == TokenKind::kCloseQuote) return false;
  }
  return starts_quoted;
}

std::vector<Token> Tokenize(std::string_view s, bool starts_quoted) {
  std::vector<Token> tokens;
  // News text averages about six bytes per token (word or mark plus a
  // space); reserving a quarter of the length avoids most regrowth.
  tokens.reserve(s.size() / 4 + 1);
  bool in_quote = starts_quoted;
  const std::string lowered = util::AsciiLower(s);
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsSpaceAt(s, i)) {
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      i += 2;  // no-break space
      continue;
    }
    Token& token = tokens.emplace_back();
    token.begin = i;
    if (IsLetterAt(s, i)) {
      token.end = WordEnd(s, i);
    } else {
      size_t punct = PunctAt(s, i);
      // Two apostrophes stand for a double quote mark in newswire archives
      // (''like this''); they open or close as a straight '"' does.
      bool doubled = s[i] == '\'' && i + 1 < s.size() && s[i + 1] == '\'';
      // "''... 'bomb them,''' said X": an inner single mark closes before
      // the doubled one does.
      if (doubled && in_quote && i + 2 < s.size() && s[i + 2] == '\'')
        doubled = false;
      token.end = i + (doubled ? 2 : punct > 0 ? punct : 1);
      std::string_view mark = s.substr(i, token.end - i);
      bool straight = mark == "\"" || doubled;
      bool left = mark == kLeftDouble, right = mark == kRightDouble;
      // A curly mark of the wrong hand ("close,“ said X", "” Word"),
      // told by the side its space is on: opening marks precede a word.
      bool spaced = i == 0 || IsSpaceAt(s, i - 1);
      bool word_after = token.end < s.size() && IsLetterAt(s, token.end);
      if (left && in_quote && !spaced && !word_after) {
        left = false, right = true;
      } else if (right && !in_quote && spaced && word_after) {
        left = true, right = false;
      }
      token.kind = TokenKind::kPunct;
      if (left || (straight && !in_quote)) {
        token.kind = TokenKind::kOpenQuote;
      } else if (right || straight) {
        token.kind = TokenKind::kCloseQuote;
      }
    }
    std::string_view text = s.substr(token.begin, token.end - token.begin);
    token.text = text;
    Lower(text, std::string_view(lowered).substr(token.begin), &token.lower);
    if (token.kind == TokenKind::kWord) MarkCapitals(&token);
    if (token.kind == TokenKind::kOpenQuote) in_quote = true;
    if (token.kind == TokenKind::kCloseQuote) in_quote = false;
    token.quoted = in_quote && token.kind != TokenKind::kOpenQuote;
    i = token.end;
  }
  return tokens;
}

std::string Span(std::string_view sentence, const std::vector<Token>& tokens,
                 size_t begin, size_t end) {
  if (begin >= end || end > tokens.size()) return "";
  return std::string(sentence.substr(
      tokens[begin].begin, tokens[end - 1].end - tokens[begin].begin));
}

}  // namespace corroborate::analyze
