// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Regression guard on the article-extraction corpus (../shared/corpus/
// extraction): the extractor's F1 by the benchmark rule must not fall below
// what docs/extraction.md reports, minus a small margin.

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "corroborate/extract.h"

#include "extraction_scorer.h"

namespace corroborate {
namespace {

TEST(ExtractionCorpusTest, F1AboveFloor) {
  const std::string dir =
      std::string(CORROBORATE_SHARED_DIR) + "/corpus/extraction";
  std::ifstream truth(dir + "/truth.jsonl");
  if (!truth) GTEST_SKIP() << "no corpus at " << dir;
  std::vector<bench::PageScore> scores;
  std::string line;
  while (std::getline(truth, line)) {
    auto record = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(record.is_discarded());
    std::ifstream page(dir + "/html/" + record.value("id", "") + ".html");
    std::stringstream html;
    html << page.rdbuf();
    Article article = ExtractHtmlArticle(html.str(), record.value("url", ""));
    std::string text;
    for (const Paragraph& paragraph : article.paragraphs) {
      if (!paragraph.boilerplate) text += paragraph.text + "\n";
    }
    scores.push_back(bench::ScorePage(text, record.value("body", "")));
  }
  ASSERT_GT(scores.size(), 100u);
  bench::CorpusScore corpus = bench::Aggregate(scores);
  // docs/extraction.md reports 0.977; 0.012 below it allows for harmless
  // changes, not for a regression to Readability.js's level (0.954).
  EXPECT_GE(corpus.f1, 0.965);
}

}  // namespace
}  // namespace corroborate
