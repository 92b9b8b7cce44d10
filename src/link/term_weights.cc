// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/term_weights.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace corroborate::link {

std::vector<TermVector> TfIdfVectors(
    const std::vector<std::vector<WeightedTerm>>& docs) {
  std::unordered_map<std::string, int> ids;
  std::vector<int> df;
  std::vector<std::map<int, double>> tf(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (const WeightedTerm& t : docs[d]) {
      auto [it, inserted] = ids.emplace(t.term, static_cast<int>(ids.size()));
      if (inserted) df.push_back(0);
      double& count = tf[d][it->second];
      if (count == 0) ++df[it->second];
      count += t.boost;
    }
  }
  const double n = static_cast<double>(docs.size());
  std::vector<TermVector> vectors(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    double norm = 0;
    for (const auto& [term, count] : tf[d]) {
      const double idf = std::log((1 + n) / (1 + df[term])) + 1;
      const double w = (1 + std::log(count)) * idf;
      vectors[d].emplace_back(term, w);
      norm += w * w;
    }
    norm = std::sqrt(norm);
    for (auto& [term, w] : vectors[d]) w /= norm;
  }
  return vectors;
}

IdfTable::IdfTable(const std::vector<std::vector<WeightedTerm>>& docs)
    : n_(static_cast<double>(docs.size())) {
  for (const auto& doc : docs) {
    std::set<int> seen;
    for (const WeightedTerm& t : doc) {
      auto [it, inserted] = ids_.emplace(t.term, static_cast<int>(ids_.size()));
      if (inserted) df_.push_back(0);
      if (seen.insert(it->second).second) ++df_[it->second];
    }
  }
}

TermVector IdfTable::Vector(const std::vector<WeightedTerm>& terms) const {
  std::map<int, double> tf;
  for (const WeightedTerm& t : terms) {
    auto it = ids_.find(t.term);
    if (it != ids_.end()) tf[it->second] += t.boost;
  }
  TermVector vector;
  double norm = 0;
  for (const auto& [term, count] : tf) {
    const double idf = std::log((1 + n_) / (1 + df_[term])) + 1;
    const double w = (1 + std::log(count)) * idf;
    vector.emplace_back(term, w);
    norm += w * w;
  }
  norm = std::sqrt(norm);
  for (auto& [term, w] : vector) w /= norm;
  return vector;
}

double Cosine(const TermVector& a, const TermVector& b) {
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      dot += a[i++].second * b[j++].second;
    }
  }
  return dot;
}

}  // namespace corroborate::link
