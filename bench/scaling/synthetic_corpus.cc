// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Writes a large SYNTHETIC corpus for the scaling benchmark: articles made of
// real news paragraphs (the "text" of every line of the given JSONL files,
// e.g. ../shared PolNeAR), shuffled and recombined, so the text has real
// sentence, quote and name statistics but the articles themselves never
// appeared anywhere. Deterministic (fixed seed), so runs compare.
//
//   synthetic_corpus OUT_DIR ARTICLES FILES SOURCE.jsonl...
//
// writes OUT_DIR/part<k>.jsonl, k < FILES, articles spread round-robin.

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

// Paragraphs per synthetic article: 4 to 12, the range of most news items
// in the PolNeAR corpus.
constexpr int kMinParagraphs = 4;
constexpr int kMaxParagraphs = 12;

std::vector<std::string> ReadParagraphs(const std::vector<std::string>& files) {
  std::vector<std::string> paragraphs;
  for (const std::string& file : files) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      const auto doc = nlohmann::json::parse(line, nullptr, false);
      if (doc.is_discarded() || !doc.contains("text")) continue;
      std::stringstream text(doc["text"].get<std::string>());
      std::string paragraph;
      while (std::getline(text, paragraph)) {
        if (paragraph.size() > 80) paragraphs.push_back(paragraph);
      }
    }
  }
  return paragraphs;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::cerr << "usage: synthetic_corpus OUT_DIR ARTICLES FILES SOURCE...\n";
    return 2;
  }
  const std::string out_dir = argv[1];
  const int articles = std::atoi(argv[2]);
  const int files = std::max(1, std::atoi(argv[3]));
  const std::vector<std::string> paragraphs =
      ReadParagraphs(std::vector<std::string>(argv + 4, argv + argc));
  if (paragraphs.empty()) {
    std::cerr << "synthetic_corpus: no paragraphs in the sources\n";
    return 1;
  }
  std::mt19937_64 random(20260527);  // fixed: the same corpus every run
  std::uniform_int_distribution<size_t> pick(0, paragraphs.size() - 1);
  std::uniform_int_distribution<int> length(kMinParagraphs, kMaxParagraphs);
  std::vector<std::ofstream> out;
  for (int f = 0; f < files; ++f)
    out.emplace_back(out_dir + "/part" + std::to_string(f) + ".jsonl");
  for (int i = 0; i < articles; ++i) {
    std::string text = paragraphs[pick(random)];  // first line: the title
    for (int p = length(random); p > 0; --p)
      text += "\n\n" + paragraphs[pick(random)];
    nlohmann::json doc = {{"id", "synthetic_" + std::to_string(i)},
                          {"title", text.substr(0, text.find('\n'))},
                          {"text", text}};
    out[i % files] << doc.dump() << "\n";
  }
  std::cerr << "synthetic_corpus: " << articles << " articles from "
            << paragraphs.size() << " real paragraphs in " << files
            << " files\n";
  return 0;
}
