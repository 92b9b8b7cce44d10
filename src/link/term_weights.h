// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// TF-IDF vectors over a set of documents, each given as terms with a boost
// (how much one occurrence counts). Term frequency is sublinear,
// 1 + ln(sum of boosts); inverse document frequency is smoothed,
// ln((1 + N) / (1 + df)) + 1 as in scikit-learn, so that a term shared by
// every document still counts a little (two articles of one event, alone in
// the input, must still look alike). Vectors are L2-normalised.
//
// Thread-safe: the functions keep no state.

#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace corroborate::link {

struct WeightedTerm {
  std::string term;
  double boost = 1.0;
};

// Sparse vector: (term id, weight), sorted by term id.
using TermVector = std::vector<std::pair<int, double>>;

// Returns one normalised TF-IDF vector per document, IDF taken from `docs`.
std::vector<TermVector> TfIdfVectors(
    const std::vector<std::vector<WeightedTerm>>& docs);

// Document frequencies of a set of documents, to weigh other term lists
// (parts of those documents: leads, titles) on the same scale.
class IdfTable {
 public:
  explicit IdfTable(const std::vector<std::vector<WeightedTerm>>& docs);

  // Returns the normalised TF-IDF vector of `terms` (as TfIdfVectors
  // weighs them); terms absent from the table's documents are dropped.
  TermVector Vector(const std::vector<WeightedTerm>& terms) const;

 private:
  std::unordered_map<std::string, int> ids_;
  std::vector<int> df_;
  double n_;
};

// Returns the dot product of two normalised vectors (their cosine).
double Cosine(const TermVector& a, const TermVector& b);

}  // namespace corroborate::link
