// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Lookups the HTML views need for every claim: an article by id, and the
// articles that copy one's text. Built once per page so that rendering is
// linear in the size of the analysis, not claims x articles.

#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "corroborate/article.h"

namespace corroborate::report {

class AnalysisIndex {
 public:
  // REQUIRES: `analysis` outlives the index.
  explicit AnalysisIndex(const Analysis& analysis);

  // The article with `id`, nullptr if none.
  const Article* Find(const std::string& id) const;
  // Ids of the articles that reuse text of article `id` (Reuse::to where
  // Reuse::from == id).
  const std::vector<std::string>& CopiesOf(const std::string& id) const;

  const Analysis& analysis() const { return analysis_; }

 private:
  const Analysis& analysis_;
  std::unordered_map<std::string, const Article*> articles_;
  std::unordered_map<std::string, std::vector<std::string>> copies_;
};

}  // namespace corroborate::report
