// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "util/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace corroborate::util {
namespace {

// Decodes the code point at `*i` and advances `*i`; malformed bytes give
// U+FFFD so callers never loop forever.
UChar32 NextCodePoint(std::string_view text, size_t* i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(*i);
  U8_NEXT(text.data(), pos, static_cast<int32_t>(text.size()), c);
  *i = static_cast<size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

bool IsSpace(UChar32 c) {
  return u_isUWhiteSpace(c) || c == 0xA0 || c == 0x200B;
}

bool IsWordChar(UChar32 c) {
  return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC);
}

bool IsInnerJoiner(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010;
}

}  // namespace

std::string Trim(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end) {
    size_t next = begin;
    if (!IsSpace(NextCodePoint(text, &next))) break;
    begin = next;
  }
  while (end > begin) {
    size_t start = end - 1;
    while (start > begin &&
           (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
      --start;
    size_t probe = start;
    if (!IsSpace(NextCodePoint(text, &probe))) break;
    end = start;
  }
  return std::string(text.substr(begin, end - begin));
}

std::string CollapseSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    UChar32 c = NextCodePoint(text, &i);
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(text.substr(start, i - start));
  }
  return out;
}

std::string FoldCase(std::string_view text) {
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  s.foldCase();
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string FoldAccents(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  s.foldCase();
  if (U_SUCCESS(status)) s = nfd->normalize(s, status);
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    stripped.append(c);
  }
  std::string out;
  stripped.toUTF8String(out);
  return out;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    UChar32 c = NextCodePoint(text, &i);
    if (IsWordChar(c)) {
      current.append(text.substr(start, i - start));
      continue;
    }
    // Keep an apostrophe or hyphen only between two word characters.
    if (!current.empty() && IsInnerJoiner(c) && i < text.size()) {
      size_t peek = i;
      if (IsWordChar(NextCodePoint(text, &peek))) {
        current.append(text.substr(start, i - start));
        continue;
      }
    }
    if (!current.empty()) words.push_back(std::move(current));
    current.clear();
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::vector<std::string> FoldedWords(std::string_view text) {
  std::vector<std::string> words = Words(text);
  for (std::string& w : words) {
    w = FoldAccents(w);
    // U+2019, the typographic apostrophe, becomes ASCII. Built anew rather
    // than replaced in place, which GCC's -Wrestrict misreads.
    static constexpr std::string_view kCurly = "\xE2\x80\x99";
    std::string plain;
    for (size_t i = 0; i < w.size();) {
      bool curly = std::string_view(w).substr(i, kCurly.size()) == kCurly;
      plain += curly ? '\'' : w[i];
      i += curly ? kCurly.size() : 1;
    }
    w = std::move(plain);
  }
  return words;
}

size_t CodePointCount(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

bool ContainsAny(std::string_view text,
                 std::initializer_list<std::string_view> needles) {
  for (std::string_view needle : needles) {
    if (text.find(needle) != std::string_view::npos) return true;
  }
  return false;
}

bool StartsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = text[i], b = prefix[i];
    if (a >= 'A' && a <= 'Z') a += 32;
    if (b >= 'A' && b <= 'Z') b += 32;
    if (a != b) return false;
  }
  return true;
}

std::string FileStem(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name =
      slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

}  // namespace corroborate::util
