// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "entities/common_words.h"

#include <cctype>
#include <fstream>
#include <string>
#include <unordered_set>

namespace corroborate::entities {
namespace {

// A plain set over the dictionary file: hunspell's affix machinery is not
// needed to test whole words, and the list is 100k lines (about 10 ms).
const std::unordered_set<std::string>& Dictionary() {
  static const auto* words = [] {
    auto* set = new std::unordered_set<std::string>;
    for (const char* path :
         {"/usr/share/dict/american-english", "/usr/share/dict/words"}) {
      std::ifstream in(path);
      for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.find('\'') == std::string::npos)
          set->insert(line);
      }
      if (!set->empty()) break;
    }
    return set;
  }();
  return *words;
}

bool HasSpace(std::string_view s) {
  return s.find(' ') != std::string_view::npos;
}

}  // namespace

bool IsCommonWord(std::string_view name) {
  if (name.empty() || HasSpace(name)) return false;
  const auto& dict = Dictionary();
  std::string lower;
  bool all_caps = true;
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (std::islower(u)) all_caps = false;
    lower += static_cast<char>(std::tolower(u));
  }
  if (dict.contains(lower)) return true;
  return all_caps && name.size() > 1 && dict.contains(std::string(name));
}

bool IsProperAdjective(std::string_view name) {
  if (name.empty() || HasSpace(name)) return false;
  if (!Dictionary().contains(std::string(name))) return false;
  for (std::string_view suffix : {"ish", "ese", "ern", "ian", "ic"}) {
    if (name.size() > suffix.size() + 2 && name.ends_with(suffix)) return true;
  }
  return false;
}

}  // namespace corroborate::entities
