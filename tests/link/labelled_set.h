// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Loads a labelled clustering set (JSONL, one article per line with "id",
// "title", "text", optional "date", and the gold "event" label; the format
// of ../shared/corpus/clustering and tests/data/events). The system under
// test sees only id, title, body and date. Used by the corpus tests and by
// bench/clustering. Header-only so that the benchmark can share it.

#pragma once

#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "corroborate/article.h"

#include "util/text.h"

namespace corroborate::testing {

struct LabelledSet {
  std::vector<Article> articles;
  std::vector<std::string> labels;
};

// Splits `text` into blank-line separated paragraphs; each paragraph stands
// in for one sentence (the analyze stage is not needed to cluster).
inline void FillBody(const std::string& text, Article* article) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    const std::string para = util::Trim(text.substr(start, end - start));
    if (!para.empty()) {
      Paragraph paragraph;
      paragraph.text = para;
      article->paragraphs.push_back(paragraph);
      Sentence sentence;
      sentence.paragraph = static_cast<int>(article->paragraphs.size()) - 1;
      sentence.text = para;
      sentence.end = para.size();
      article->sentences.push_back(sentence);
    }
    start = end + 2;
  }
}

// Returns the articles of the JSONL file `path`; empty if it cannot be read.
inline LabelledSet LoadLabelledSet(const std::string& path) {
  LabelledSet set;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (util::Trim(line).empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line);
    Article a;
    a.id = j.at("id").get<std::string>();
    a.title = j.at("title").get<std::string>();
    a.date = j.value("date", "");
    FillBody(j.at("text").get<std::string>(), &a);
    set.articles.push_back(std::move(a));
    set.labels.push_back(j.at("event").get<std::string>());
  }
  return set;
}

}  // namespace corroborate::testing
