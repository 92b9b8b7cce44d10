// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Story clustering measured on the shared clustering corpus
// (../shared/corpus/clustering, see its README): pairwise precision, recall
// and F1 against the PolNeAR event labels, and purity on WikiRef dev (no
// story may mix two topics). The system sees only id, title, text and date.

#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "corroborate/link.h"

#include "util/text.h"

namespace corroborate {
namespace {

const std::string kClusteringDir =
    std::string(CORROBORATE_SHARED_DIR) + "/corpus/clustering/";

struct LabelledSet {
  std::vector<Article> articles;
  std::vector<std::string> labels;
};

// Splits `text` into blank-line separated paragraphs; each paragraph stands
// in for one sentence (the analyze stage is not needed to cluster).
void FillBody(const std::string& text, Article* article) {
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
      article->sentences.push_back(sentence);
    }
    start = end + 2;
  }
}

LabelledSet Load(const std::string& name) {
  LabelledSet set;
  std::ifstream in(kClusteringDir + name);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
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

struct Scores {
  double precision = 0, recall = 0, f1 = 0;
  int false_pairs = 0;
  int mixed_stories = 0;  // stories holding two or more labels
};

Scores Evaluate(const LabelledSet& set, const LinkOptions& options) {
  const auto reuse = FindReuse(set.articles, options);
  const auto stories = ClusterStories(set.articles, reuse, options);
  std::vector<int> story_of(set.articles.size(), -1);
  Scores s;
  for (size_t k = 0; k < stories.size(); ++k) {
    std::map<std::string, int> labels;
    for (int i : stories[k])
      story_of[i] = static_cast<int>(k), ++labels[set.labels[i]];
    if (labels.size() > 1) ++s.mixed_stories;
  }
  int tp = 0, predicted = 0, gold = 0;
  for (size_t a = 0; a < set.articles.size(); ++a) {
    for (size_t b = a + 1; b < set.articles.size(); ++b) {
      const bool same_story = story_of[a] == story_of[b];
      const bool same_label = set.labels[a] == set.labels[b];
      predicted += same_story;
      gold += same_label;
      tp += same_story && same_label;
    }
  }
  s.false_pairs = predicted - tp;
  s.precision = predicted == 0 ? 0 : static_cast<double>(tp) / predicted;
  s.recall = gold == 0 ? 0 : static_cast<double>(tp) / gold;
  const double sum = s.precision + s.recall;
  s.f1 = sum == 0 ? 0 : 2 * s.precision * s.recall / sum;
  return s;
}

void Print(const char* name, double threshold, const Scores& s) {
  std::printf("%-28s t=%.2f P=%.3f R=%.3f F1=%.3f false_pairs=%d mixed=%d\n",
              name, threshold, s.precision, s.recall, s.f1, s.false_pairs,
              s.mixed_stories);
}

TEST(LinkCorpusTest, PolnearDevEventsF1AboveFloor) {
  const LabelledSet set = Load("polnear-dev-events.jsonl");
  ASSERT_EQ(set.articles.size(), 84u);
  const LinkOptions options;
  const Scores s = Evaluate(set, options);
  Print("polnear-dev-events", options.story_similarity, s);
  // Measured F1 0.381 (P 0.444, R 0.333; 5 false pairs) at the default
  // threshold. With 12 gold pairs one pair moves F1 by about 0.03; the floor
  // leaves room for that.
  EXPECT_GE(s.f1, 0.33);
  EXPECT_LE(s.false_pairs, 8);
}

TEST(LinkCorpusTest, WikirefDevStoriesArePure) {
  const LabelledSet set = Load("wikiref-dev.jsonl");
  ASSERT_EQ(set.articles.size(), 92u);
  const LinkOptions options;
  const Scores s = Evaluate(set, options);
  Print("wikiref-dev", options.story_similarity, s);
  EXPECT_EQ(s.mixed_stories, 0);
}

// Threshold sweep used to choose LinkOptions::story_similarity. Run with
// --gtest_also_run_disabled_tests.
TEST(LinkCorpusTest, DISABLED_ThresholdSweep) {
  const LabelledSet train = Load("polnear-train-events.jsonl");
  const LabelledSet dev = Load("polnear-dev-events.jsonl");
  const LabelledSet wiki = Load("wikiref-dev.jsonl");
  for (double t = 0.12; t < 0.36; t += 0.02) {
    LinkOptions options;
    options.story_similarity = t;
    Print("polnear-train-events", t, Evaluate(train, options));
    Print("polnear-dev-events", t, Evaluate(dev, options));
    Print("wikiref-dev", t, Evaluate(wiki, options));
  }
}

}  // namespace
}  // namespace corroborate
