// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/shingler.h"

#include <algorithm>
#include <string>

#include <xxhash.h>

#include "util/text.h"

namespace corroborate::link {
namespace {

uint64_t HashWords(const std::vector<std::string>& words, size_t begin,
                   size_t count) {
  std::string joined;
  for (size_t i = begin; i < begin + count; ++i) {
    if (i > begin) joined.push_back(' ');
    joined += words[i];
  }
  return XXH3_64bits(joined.data(), joined.size());
}

}  // namespace

ShingleSet SentenceShingles(std::string_view text, int size) {
  const std::vector<std::string> words = util::FoldedWords(text);
  ShingleSet out;
  if (words.empty()) return out;
  const size_t n = static_cast<size_t>(size);
  if (words.size() < n) {
    out.push_back(HashWords(words, 0, words.size()));
    return out;
  }
  for (size_t i = 0; i + n <= words.size(); ++i)
    out.push_back(HashWords(words, i, n));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

int ShingleWordCount(std::string_view text) {
  return static_cast<int>(util::FoldedWords(text).size());
}

ShingleSet UnionOf(const std::vector<ShingleSet>& sets) {
  ShingleSet out;
  for (const ShingleSet& set : sets)
    out.insert(out.end(), set.begin(), set.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t IntersectionSize(const ShingleSet& a, const ShingleSet& b) {
  size_t i = 0, j = 0, shared = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  return shared;
}

double Jaccard(const ShingleSet& a, const ShingleSet& b) {
  const size_t shared = IntersectionSize(a, b);
  const size_t all = a.size() + b.size() - shared;
  return all == 0 ? 0.0
                  : static_cast<double>(shared) / static_cast<double>(all);
}

}  // namespace corroborate::link
