// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/source_key.h"

#include <algorithm>
#include <vector>

#include "util/split.h"
#include "util/text.h"

namespace corroborate::corroborate {
namespace {

// Words left out of acronyms ("Bank of England" -> "BoE" -> "be").
bool IsLinkWord(std::string_view w) {
  return w == "of" || w == "and" || w == "for";
}

// "nyt" ~ "new york times"; link words may or may not count ("boe", "be").
bool IsAcronymOf(std::string_view shorter,
                 const std::vector<std::string_view>& words) {
  if (shorter.find(' ') != std::string_view::npos || words.size() < 2)
    return false;
  std::string all, content;
  for (std::string_view w : words) {
    all.push_back(w[0]);
    if (!IsLinkWord(w)) content.push_back(w[0]);
  }
  return shorter == all || shorter == content;
}

}  // namespace

std::string SourceKey(std::string_view name, const ParaphraseLexicon& lexicon) {
  // Hyphens and apostrophes split words here: "al-Awsat" -> "al awsat".
  std::string spaced;
  for (char c : name) spaced.push_back(c == '-' || c == '\'' ? ' ' : c);
  std::vector<std::string> words;
  for (const std::string& w : util::FoldedWords(spaced)) {
    for (std::string_view part : util::SplitSkippingEmpty(w, ' '))
      words.emplace_back(part);
  }
  if (!words.empty() && words.front() == "the") words.erase(words.begin());
  std::string key;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string w = words[i];
    if (w == "s" && i > 0) continue;  // possessive left by the split
    if ((w == "al" || w == "el") && i + 1 < words.size()) {
      // "al" joins the next word: "Al-Hadath", "al Hadath", "AlHadath".
      w += words[++i];
    } else {
      // Country names of up to four words ("u s", "united states of america").
      for (size_t n = std::min<size_t>(4, words.size() - i); n >= 1; --n) {
        std::string phrase = words[i];
        for (size_t k = 1; k < n; ++k) phrase += " " + words[i + k];
        if (const std::string country = lexicon.CountryKey(phrase);
            !country.empty()) {
          w = country;
          i += n - 1;
          break;
        }
      }
    }
    if (!key.empty()) key.push_back(' ');
    key += w;
  }
  return key;
}

bool SameSource(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  const std::string_view shorter = a.size() < b.size() ? a : b;
  const std::string_view longer = a.size() < b.size() ? b : a;
  if (IsAcronymOf(shorter, util::SplitSkippingEmpty(longer, ' '))) return true;
  if (shorter.find(' ') == std::string_view::npos) return false;
  return longer.ends_with(shorter) &&
         longer[longer.size() - shorter.size() - 1] == ' ';
}

}  // namespace corroborate::corroborate
