// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "util/text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace corroborate::util {
namespace {

// Decodes the code point at `*i` and advances `*i`; malformed bytes give
// U+FFFD so callers never loop forever.
UChar32 NextCodePoint(std::string_view text, size_t* i) {
  unsigned char byte = static_cast<unsigned char>(text[*i]);
  if (byte < 0x80) {  // ASCII, what U8_NEXT gives too, without its branches
    ++*i;
    return byte;
  }
  UChar32 c;
  int32_t pos = static_cast<int32_t>(*i);
  U8_NEXT(text.data(), pos, static_cast<int32_t>(text.size()), c);
  *i = static_cast<size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

bool IsSpaceIcu(UChar32 c) {
  return u_isUWhiteSpace(c) || c == 0xA0 || c == 0x200B;
}

bool IsWordCharIcu(UChar32 c) {
  return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC);
}

// The ICU answers for the 128 ASCII code points, computed once: most text
// is ASCII, and the two ICU property look-ups per character were the
// largest part of Words and Trim (perf of the analyze fuzzer,
// docs/reliability.md). The table holds ICU's own answers, so the result
// is the same as asking ICU.
// The byte tables (256 entries, false from 0x80 up) let the loops skip a
// run of ASCII word or non-space bytes with one table read per byte.
struct AsciiClasses {
  bool space[128];
  bool word[128];
  bool word_byte[256] = {};       // an ASCII word character
  bool non_space_byte[256] = {};  // an ASCII character that is not a space
  AsciiClasses() {
    for (UChar32 c = 0; c < 128; ++c) {
      space[c] = IsSpaceIcu(c);
      word[c] = IsWordCharIcu(c);
      word_byte[c] = word[c];
      non_space_byte[c] = !space[c];
    }
  }
};

const AsciiClasses& Ascii() {
  static const AsciiClasses kClasses;
  return kClasses;
}

bool IsSpace(UChar32 c) { return c < 128 ? Ascii().space[c] : IsSpaceIcu(c); }

bool IsWordChar(UChar32 c) {
  return c < 128 ? Ascii().word[c] : IsWordCharIcu(c);
}

bool IsInnerJoiner(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010;
}

// Eight bytes of `p` as one word, for the byte-parallel loops below.
uint64_t Load8(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

bool IsAscii(std::string_view text) {
  // Eight bytes per step: the fuzzers trace every compare of a byte loop
  // as a call, and FoldAccents asks this of every word.
  uint64_t any = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) any |= Load8(text.data() + i);
  for (; i < text.size(); ++i) any |= static_cast<unsigned char>(text[i]);
  return (any & kHighBits) == 0;
}

// A-Z made a-z in the eight bytes of `word`, every other byte unchanged,
// without a branch per byte (the usual SWAR range test: adding 0x3F sets
// a byte's high bit from 'A' up, adding 0x25 from past 'Z').
uint64_t LowerAscii8(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  uint64_t low7 = word & ~kHighBits;
  uint64_t from_a = low7 + 0x3F * kOnes;
  uint64_t past_z = low7 + 0x25 * kOnes;
  uint64_t upper = ~word & (from_a ^ past_z) & kHighBits;
  return word | (upper >> 2);  // 0x80 >> 2 is 0x20, the case bit
}

}  // namespace

void AsciiLowerInPlace(char* text, size_t size) {
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word = LowerAscii8(Load8(text + i));
    std::memcpy(text + i, &word, sizeof word);
  }
  for (; i < size; ++i) {
    char& c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  AsciiLowerInPlace(out.data(), out.size());
  return out;
}

namespace {

// Calls `visit` with each word of `text` (see Words) as a view into `text`.
// A word is one contiguous run: its letters and the joiners kept between
// them, ended by the first other character.
template <typename Visit>
void ForEachWord(std::string_view text, Visit visit) {
  constexpr size_t kNone = std::string_view::npos;
  size_t begin = kNone;  // start of the word being read
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    UChar32 c = NextCodePoint(text, &i);
    if (IsWordChar(c)) {
      if (begin == kNone) begin = start;
      const bool* word_byte = Ascii().word_byte;
      while (i < text.size() && word_byte[static_cast<unsigned char>(text[i])])
        ++i;
      continue;
    }
    // Keep an apostrophe or hyphen only between two word characters.
    if (begin != kNone && IsInnerJoiner(c) && i < text.size()) {
      size_t peek = i;
      if (IsWordChar(NextCodePoint(text, &peek))) continue;
    }
    if (begin != kNone) visit(text.substr(begin, start - begin));
    begin = kNone;
  }
  if (begin != kNone) visit(text.substr(begin));
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
    // The ASCII non-space bytes that follow go with it in one append.
    const bool* non_space = Ascii().non_space_byte;
    while (i < text.size() && non_space[static_cast<unsigned char>(text[i])])
      ++i;
    out.append(text.substr(start, i - start));
  }
  return out;
}

std::string FoldCase(std::string_view text) {
  if (IsAscii(text)) return AsciiLower(text);
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  s.foldCase();
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string FoldAccents(std::string_view text) {
  if (IsAscii(text)) return AsciiLower(text);
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
  ForEachWord(text, [&](std::string_view word) { words.emplace_back(word); });
  return words;
}

size_t CountWords(std::string_view text) {
  size_t n = 0;
  ForEachWord(text, [&](std::string_view) { ++n; });
  return n;
}

namespace {

// Appends FoldedWords' form of one word to `out`.
void AppendFolded(std::string_view word, std::string* out) {
  // An ASCII word has no accents and no typographic apostrophe.
  if (IsAscii(word)) {
    size_t at = out->size();
    out->append(word);
    AsciiLowerInPlace(out->data() + at, word.size());
    return;
  }
  // U+2019, the typographic apostrophe, becomes ASCII.
  static constexpr std::string_view kCurly = "\xE2\x80\x99";
  std::string folded = FoldAccents(word);
  for (size_t i = 0; i < folded.size();) {
    bool curly = std::string_view(folded).substr(i, kCurly.size()) == kCurly;
    out->push_back(curly ? '\'' : folded[i]);
    i += curly ? kCurly.size() : 1;
  }
}

}  // namespace

std::vector<std::string> FoldedWords(std::string_view text) {
  std::vector<std::string> words;
  ForEachWord(text, [&](std::string_view word) {
    AppendFolded(word, &words.emplace_back());
  });
  return words;
}

std::string JoinedFoldedWords(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachWord(text, [&](std::string_view word) {
    if (!out.empty()) out += ' ';
    AppendFolded(word, &out);
  });
  return out;
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

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && StartsWithIgnoreCase(a, b);
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  const auto first = static_cast<unsigned char>(word[0]);
  if (first < 0x80) return first >= 'A' && first <= 'Z';  // most words
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  return c > 0 && u_isupper(c);
}

bool IsAcronym(std::string_view word) {
  return word.size() >= 2 && word.size() <= 6 &&
         std::all_of(word.begin(), word.end(),
                     [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string_view WithoutPossessive(std::string_view word) {
  for (std::string_view ending : {"'s", "\xE2\x80\x99s"}) {
    if (word.size() > ending.size() && word.ends_with(ending))
      return word.substr(0, word.size() - ending.size());
  }
  return word;
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
