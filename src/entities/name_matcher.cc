// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "entities/name_matcher.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "util/split.h"
#include "util/text.h"

namespace corroborate::entities {
namespace {

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return static_cast<unsigned char>(c) < 128;
  });
}

// Apostrophes and similar marks that transliterations add or drop
// ("Sa'ar", "‘Irāq"): U+2018, U+2019, U+02BC, U+02BB, U+02BF, U+02BE, U+00B4.
std::string DropMarks(std::string_view s) {
  static constexpr std::string_view kMarks[] = {
      "\xE2\x80\x98", "\xE2\x80\x99", "\xCA\xBC", "\xCA\xBB",
      "\xCA\xBF",     "\xCA\xBE",     "\xC2\xB4", "`"};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    // Every mark but the backquote starts with a byte of 0xC2 or above.
    if (static_cast<unsigned char>(s[i]) < 0xC2 && s[i] != '`') {
      out += s[i++];
      continue;
    }
    bool mark = false;
    for (std::string_view m : kMarks) {
      if (s.substr(i, m.size()) == m) {
        i += m.size();
        mark = true;
        break;
      }
    }
    if (!mark) out += s[i++];
  }
  return out;
}

// Arabic definite articles written before a name ("al-Awsat", "ad Din" is
// kept: "ad" there is part of the name and the skeleton handles it).
bool IsArticle(std::string_view w) { return w == "al" || w == "el"; }

char SkeletonClass(char c) {
  switch (c) {
    case 'q':
    case 'c':
      return 'k';
    case 'z':
      return 's';
    case 'v':
      return 'f';
    default:
      return c;
  }
}

bool IsVowelLike(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' ||
         c == 'w' || c == 'h';
}

}  // namespace

std::string NormalizeName(std::string_view name) {
  // Most names are ASCII: no folding, and no copy before the one pass below
  // (every run normalises the gazetteer's 300,000 names and aliases).
  std::string folded;
  if (!IsAscii(name)) {
    folded = util::FoldAccents(DropMarks(name));
    name = folded;
  }
  std::string spaced;
  spaced.reserve(name.size());
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '.' || c == '\'' || c == '`') continue;
    if (c == '-' || c == ',' || std::isspace(u)) {
      spaced += ' ';
    } else {
      spaced += static_cast<char>(u < 128 ? std::tolower(u) : u);
    }
  }
  std::string out;
  out.reserve(spaced.size());
  std::string_view rest = spaced;
  for (bool first = true;; first = false) {
    size_t start = rest.find_first_not_of(' ');
    if (start == std::string_view::npos) break;
    rest.remove_prefix(start);
    std::string_view word = rest.substr(0, rest.find(' '));
    rest.remove_prefix(word.size());
    bool last = rest.find_first_not_of(' ') == std::string_view::npos;
    if (first && word == "the" && !last) continue;
    if (IsArticle(word) && !last) continue;
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::string Skeleton(std::string_view normalized) {
  std::string out;
  out.reserve(normalized.size());
  for (char c : normalized) {
    if (c == ' ') continue;
    if (!out.empty() && IsVowelLike(c)) continue;
    char k = out.empty() ? c : SkeletonClass(c);
    if (!out.empty() && out.back() == k) continue;
    out += k;
  }
  return out;
}

std::string Initials(std::string_view name) {
  std::string out;
  for (const std::string& w : util::Words(name)) {
    if (w == "of" || w == "and" || w == "the" || w == "for" || w == "de" ||
        w == "&")
      continue;
    unsigned char c = static_cast<unsigned char>(w[0]);
    if (c < 128 && std::isalpha(c)) {
      out += static_cast<char>(std::toupper(c));
    }
  }
  return out;
}

std::string AllInitials(std::string_view name) {
  std::string out;
  for (std::string_view word : util::SplitSkippingEmpty(name, ' ')) {
    const unsigned char c = static_cast<unsigned char>(word[0]);
    if (std::isalpha(c)) out += static_cast<char>(std::toupper(c));
  }
  return out;
}

std::string AcronymLetters(std::string_view acronym) {
  std::string letters;
  for (char c : acronym) {
    if (c != '.') letters += c;
  }
  return letters;
}

bool IsAcronym(std::string_view name) {
  int letters = 0;
  for (char c : name) {
    if (c == '.') continue;
    if (c < 'A' || c > 'Z') return false;
    ++letters;
  }
  return letters >= 2 && letters <= 8;
}

int EditDistance(std::string_view a, std::string_view b, int limit) {
  int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      }
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

namespace {

// Two words of a multi-word name are variants of one another.
bool SameWord(std::string_view a, std::string_view b) {
  if (a == b) return true;
  // Skeletons of 3+ letters: shorter ones ("sr" for Saar, "sb" for Saab)
  // collide between unrelated names.
  std::string sa = Skeleton(a), sb = Skeleton(b);
  if (sa.size() >= 3 && sa == sb) return true;
  // One typo or transposition in a word of 6+ letters; shorter words
  // differ by one letter too often ("Saar"/"Saab", "Hamas"/"Hamad",
  // "Mosul"/"Mosel" in tests/data/entities/name_pairs.tsv).
  if (a.size() >= 6 && b.size() >= 6 && a[0] == b[0]) {
    return EditDistance(a, b, 1) <= 1;
  }
  return false;
}

bool SameWords(std::string_view na, std::string_view nb) {
  std::vector<std::string_view> wa = util::SplitSkippingEmpty(na, ' ');
  std::vector<std::string_view> wb = util::SplitSkippingEmpty(nb, ' ');
  if (wa.size() != wb.size()) return false;
  for (size_t i = 0; i < wa.size(); ++i) {
    if (!SameWord(wa[i], wb[i])) return false;
  }
  return true;
}

bool IsAcronymOf(std::string_view acronym, std::string_view name) {
  if (!IsAcronym(acronym) || IsAcronym(name)) return false;
  std::string initials = Initials(name);
  return initials.size() >= 2 && initials == AcronymLetters(acronym);
}

}  // namespace

double SpellingSimilarity(std::string_view a, std::string_view b) {
  std::string na = NormalizeName(a), nb = NormalizeName(b);
  if (na.empty() || nb.empty()) return 0;
  if (na == nb) return 1.0;
  if (IsAcronymOf(a, b) || IsAcronymOf(b, a)) return 0.85;
  // An acronym only ever matches its expansion or itself.
  if (IsAcronym(a) || IsAcronym(b)) return 0;
  if (SameWords(na, nb)) return 0.8;
  // Whole-name skeletons of 5+ letters, for names split differently
  // ("Salah ad Din"): shorter skeletons collide too often (checked on
  // tests/data/entities/name_pairs.tsv).
  // Only for names split into a different number of words, and never
  // across an initial ("George Bush"/"George W. Bush" are two people).
  std::vector<std::string_view> wa = util::SplitSkippingEmpty(na, ' ');
  std::vector<std::string_view> wb = util::SplitSkippingEmpty(nb, ' ');
  auto has_initial = [](const std::vector<std::string_view>& words) {
    return std::any_of(words.begin(), words.end(),
                       [](std::string_view w) { return w.size() == 1; });
  };
  if (wa.size() == wb.size() || has_initial(wa) || has_initial(wb)) return 0;
  std::string sa = Skeleton(na), sb = Skeleton(nb);
  if (sa.size() >= 5 && sa == sb) return 0.75;
  return 0;
}

}  // namespace corroborate::entities
