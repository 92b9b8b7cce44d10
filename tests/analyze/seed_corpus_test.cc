// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Runs Analyze on the seed articles and checks the hand-made expectations of
// ../shared/corpus/seeds/gold.json: quality, languages, signals. Paragraphs
// are built the simple way (each non-blank line after the title) with the
// boilerplate lines of gold.json, so this test does not depend on ingest or
// extract.

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "corroborate/analyze.h"

#include "util/text.h"

namespace corroborate::analyze {
namespace {

const std::filesystem::path kSeeds =
    std::filesystem::path(CORROBORATE_SHARED_DIR) / "corpus/seeds";

nlohmann::json Gold() {
  std::ifstream in(kSeeds / "gold.json");
  return nlohmann::json::parse(in);
}

// The analyzed seed whose file stem starts with `id`.
Article LoadSeed(const std::string& id, const nlohmann::json& gold) {
  std::set<int> boilerplate;
  if (gold["boilerplate_lines"].contains(id)) {
    for (int line : gold["boilerplate_lines"][id]) boilerplate.insert(line);
  }
  Article article;
  for (const auto& entry : std::filesystem::directory_iterator(kSeeds)) {
    std::string stem = util::FileStem(entry.path().string());
    if (!stem.starts_with(id + "_") || entry.path().extension() != ".txt")
      continue;
    article.id = stem;
    std::ifstream in(entry.path());
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (number == 1) {
        article.title = line;
        continue;
      }
      std::string text = util::Trim(line);
      if (text.empty()) continue;
      Paragraph paragraph;
      paragraph.text = text;
      paragraph.first_line = paragraph.last_line = number;
      paragraph.boilerplate = boilerplate.count(number) > 0;
      article.paragraphs.push_back(paragraph);
    }
  }
  Analyze(&article, AnalyzeOptions{});
  return article;
}

TEST(SeedCorpus, QualityMatchesGold) {
  nlohmann::json gold = Gold();
  for (const auto& [id, verdict] : gold["quality"].items()) {
    Article article = LoadSeed(id, gold);
    ASSERT_FALSE(article.paragraphs.empty()) << id;
    EXPECT_EQ(article.low_quality, verdict != "ok")
        << id << " quality " << article.quality;
  }
}

TEST(SeedCorpus, LanguagesMatchGold) {
  nlohmann::json gold = Gold();
  for (const auto& [id, lines] : gold["languages"].items()) {
    Article article = LoadSeed(id, gold);
    EXPECT_EQ(article.language, "en") << id;
    for (const Paragraph& paragraph : article.paragraphs) {
      std::string key = std::to_string(paragraph.first_line);
      std::string expected =
          lines.contains(key) ? std::string(lines[key]) : "en";
      // Gold lists the exceptions; other paragraphs of meaningful length are
      // English.
      if (lines.contains(key) || paragraph.text.size() >= 40) {
        EXPECT_EQ(paragraph.language, expected)
            << id << " line " << paragraph.first_line;
      }
    }
  }
}

TEST(SeedCorpus, SignalsMatchGoldIgnoringHedges) {
  nlohmann::json gold = Gold();
  for (const auto& [id, kinds] : gold["signals"].items()) {
    Article article = LoadSeed(id, gold);
    std::set<std::string> expected(kinds.begin(), kinds.end());
    std::set<std::string> found;
    for (const Signal& signal : article.signals) {
      if (signal.kind != "hedged") found.insert(signal.kind);
    }
    EXPECT_EQ(found, expected) << id;
  }
}

}  // namespace
}  // namespace corroborate::analyze
