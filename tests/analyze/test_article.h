// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Builds articles by hand for the analyze tests.

#pragma once

#include <string>
#include <vector>

#include "corroborate/article.h"

#include "analyze/sentence_splitter.h"

namespace corroborate::analyze {

// One body paragraph per string.
inline Article MakeArticle(const std::vector<std::string>& body) {
  Article article;
  article.title = "Test";
  for (const std::string& text : body) {
    Paragraph paragraph;
    paragraph.text = text;
    article.paragraphs.push_back(paragraph);
  }
  return article;
}

// The sentences of body paragraphs, as Analyze splits them.
inline std::vector<Sentence> MakeSentences(
    const std::vector<std::string>& body) {
  return SplitSentences(MakeArticle(body).paragraphs);
}

}  // namespace corroborate::analyze
