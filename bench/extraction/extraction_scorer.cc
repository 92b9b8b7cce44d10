// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "extraction_scorer.h"

#include <algorithm>
#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace corroborate::bench {
namespace {

// Python's \w on str: letters (L*), numbers (N*) and the underscore. ICU's
// u_isalnum would also be close, but the rule is stated by category, so
// the category is tested directly.
bool IsWordChar(UChar32 c) {
  if (c == '_') return true;
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

using Shingles = std::unordered_map<std::string, int>;

Shingles ShinglesOf(const std::vector<std::string>& tokens) {
  Shingles shingles;
  if (tokens.empty()) return shingles;
  // A text of 1 to 3 tokens is one shingle of all its tokens.
  size_t width = std::min<size_t>(4, tokens.size());
  for (size_t i = 0; i + width <= tokens.size(); ++i) {
    std::string key;
    for (size_t j = i; j < i + width; ++j) {
      key += tokens[j];
      key += '\x1f';  // cannot occur inside a token
    }
    ++shingles[key];
  }
  return shingles;
}

}  // namespace

std::vector<std::string> Tokenize(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    if (c >= 0 && IsWordChar(c)) {
      current.append(text.substr(start, i - start));
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

PageScore ScorePage(std::string_view predicted, std::string_view truth) {
  std::vector<std::string> predicted_tokens = Tokenize(predicted);
  std::vector<std::string> truth_tokens = Tokenize(truth);
  Shingles p = ShinglesOf(predicted_tokens);
  Shingles t = ShinglesOf(truth_tokens);
  long tp = 0, fp = 0, fn = 0;
  for (const auto& [shingle, count] : p) {
    auto it = t.find(shingle);
    int truth_count = it == t.end() ? 0 : it->second;
    tp += std::min(count, truth_count);
    fp += std::max(0, count - truth_count);
  }
  for (const auto& [shingle, count] : t) {
    auto it = p.find(shingle);
    int predicted_count = it == p.end() ? 0 : it->second;
    fn += std::max(0, count - predicted_count);
  }
  PageScore score;
  score.exact = predicted_tokens == truth_tokens;
  score.has_precision = tp + fp > 0;
  score.has_recall = tp + fn > 0;
  if (fp == 0 && fn == 0) {
    score.precision = score.recall = 1;
    return score;
  }
  if (score.has_precision)
    score.precision = static_cast<double>(tp) / (tp + fp);
  if (score.has_recall) score.recall = static_cast<double>(tp) / (tp + fn);
  return score;
}

CorpusScore Aggregate(const std::vector<PageScore>& pages) {
  CorpusScore result;
  result.pages = static_cast<int>(pages.size());
  double precision_sum = 0, recall_sum = 0;
  int precision_pages = 0, recall_pages = 0, exact = 0;
  for (const PageScore& page : pages) {
    if (page.has_precision) {
      precision_sum += page.precision;
      ++precision_pages;
    }
    if (page.has_recall) {
      recall_sum += page.recall;
      ++recall_pages;
    }
    exact += page.exact ? 1 : 0;
  }
  if (precision_pages > 0) result.precision = precision_sum / precision_pages;
  if (recall_pages > 0) result.recall = recall_sum / recall_pages;
  if (result.precision + result.recall > 0) {
    result.f1 = 2 * result.precision * result.recall /
                (result.precision + result.recall);
  }
  if (!pages.empty())
    result.accuracy = static_cast<double>(exact) / pages.size();
  return result;
}

}  // namespace corroborate::bench
