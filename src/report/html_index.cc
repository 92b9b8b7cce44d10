// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "report/html_index.h"

namespace corroborate::report {

AnalysisIndex::AnalysisIndex(const Analysis& analysis) : analysis_(analysis) {
  for (const Article& a : analysis.articles) articles_.emplace(a.id, &a);
  for (const Reuse& r : analysis.reuse) copies_[r.from].push_back(r.to);
}

const Article* AnalysisIndex::Find(const std::string& id) const {
  auto it = articles_.find(id);
  return it == articles_.end() ? nullptr : it->second;
}

const std::vector<std::string>& AnalysisIndex::CopiesOf(
    const std::string& id) const {
  static const std::vector<std::string> kNone;
  auto it = copies_.find(id);
  return it == copies_.end() ? kNone : it->second;
}

}  // namespace corroborate::report
