// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "ingest/damage_detector.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "ingest/dropped_letter_detector.h"
#include "util/text.h"

namespace corroborate::ingest {

namespace {

// Words of context on each side of the damage in an excerpt.
constexpr int kExcerptWords = 3;

struct CodePoint {
  UChar32 c;
  size_t begin;  // byte offset in the line
};

std::vector<CodePoint> Decode(std::string_view line) {
  std::vector<CodePoint> out;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(line.size());
  while (i < n) {
    CodePoint cp{0, static_cast<size_t>(i)};
    U8_NEXT(line.data(), i, n, cp.c);
    out.push_back(cp);
  }
  return out;
}

// The characters that Windows-1252 shows for the bytes 0x80..0xBF, i.e. what
// a UTF-8 continuation byte turns into when mis-decoded (plus the raw C1
// code points that Latin-1 gives for 0x80..0x9F).
bool IsMisreadContinuation(UChar32 c) {
  static constexpr std::array<UChar32, 27> kWindows1252High = {
      0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
      0x0160, 0x2039, 0x0152, 0x017D, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x017E, 0x0178};
  if (c >= 0x80 && c <= 0xBF) return true;
  return std::find(kWindows1252High.begin(), kWindows1252High.end(), c) !=
         kWindows1252High.end();
}

// A UTF-8 lead byte read as Latin-1: 0xC2..0xDF start two-byte sequences,
// 0xE2..0xEF three-byte ones (0xE0/0xE1 only begin rare scripts; leaving
// them out avoids flagging "àé"-style French text).
int MisreadLeadLength(UChar32 c) {
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE2 && c <= 0xEF) return 3;
  return 0;
}

// Returns the index of the first mojibake sequence, or -1.
int FindMojibake(const std::vector<CodePoint>& cps) {
  for (size_t i = 0; i < cps.size(); ++i) {
    int length = MisreadLeadLength(cps[i].c);
    if (length == 0 || i + length > cps.size()) continue;
    bool all = true;
    for (int k = 1; k < length; ++k)
      all = all && IsMisreadContinuation(cps[i + k].c);
    if (all) return static_cast<int>(i);
  }
  return -1;
}

bool IsLetter(UChar32 c) { return u_isalpha(c) != 0; }

int FindQuestionInWord(const std::vector<CodePoint>& cps,
                       std::string_view line) {
  for (size_t i = 1; i + 1 < cps.size(); ++i) {
    if (cps[i].c != '?' || !IsLetter(cps[i - 1].c) || !IsLetter(cps[i + 1].c))
      continue;
    // URLs and query strings ("page?id") legitimately hold '?' after letters.
    size_t start = line.rfind(' ', cps[i].begin);
    size_t end = line.find(' ', cps[i].begin);
    std::string_view token =
        line.substr(start == std::string_view::npos ? 0 : start + 1,
                    end == std::string_view::npos ? line.npos : end);
    token = token.substr(0, token.find(' '));
    if (token.find('/') != token.npos || token.find('=') != token.npos)
      continue;
    return static_cast<int>(i);
  }
  return -1;
}

std::string Excerpt(std::string_view line, size_t byte_offset) {
  std::vector<std::string_view> tokens;
  size_t target = 0;
  size_t pos = 0;
  while (pos < line.size()) {
    size_t end = line.find(' ', pos);
    if (end == line.npos) end = line.size();
    if (end > pos) {
      if (byte_offset >= pos) target = tokens.size();
      tokens.push_back(line.substr(pos, end - pos));
    }
    pos = end + 1;
  }
  size_t first = target > kExcerptWords ? target - kExcerptWords : 0;
  size_t last = std::min(tokens.size(), target + kExcerptWords + 1);
  std::string out;
  for (size_t i = first; i < last; ++i) {
    if (!out.empty()) out += ' ';
    out += tokens[i];
  }
  return util::Trim(out);
}

}  // namespace

std::vector<Damage> FindDamage(std::string_view line) {
  std::vector<Damage> found;
  std::vector<CodePoint> cps = Decode(line);
  auto add = [&](const char* problem, size_t offset) {
    found.push_back(Damage{problem, Excerpt(line, offset)});
  };
  for (const CodePoint& cp : cps) {
    if (cp.c == 0xFFFD || cp.c < 0) {
      add("replacement character", cp.begin);
      break;
    }
  }
  if (int i = FindMojibake(cps); i >= 0) add("mojibake", cps[i].begin);
  for (const CodePoint& cp : cps) {
    if (cp.c >= 0x80 && cp.c <= 0x9F) {
      add("control character", cp.begin);
      break;
    }
  }
  if (int i = FindQuestionInWord(cps, line); i >= 0)
    add("question mark in word", cps[i].begin);
  if (int offset = FindDroppedLetter(line); offset >= 0)
    add("dropped character", offset);
  return found;
}

}  // namespace corroborate::ingest
