// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Ingests and extracts the seed articles of the shared corpus and compares
// boilerplate lines, bylines, contributors and damaged lines with the
// hand-made gold.json. Expected values come from gold.json only.

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "corroborate/extract.h"
#include "corroborate/ingest.h"

#include "util/text.h"

namespace corroborate {
namespace {

using Json = nlohmann::json;

const std::string kSeedDir =
    std::string(CORROBORATE_SHARED_DIR) + "/corpus/seeds";

Json LoadGold() {
  std::ifstream in(kSeedDir + "/gold.json");
  return Json::parse(in, nullptr, /*allow_exceptions=*/false);
}

// Gold keys are the part of the file stem before '_' ("000").
std::string GoldKey(const Article& article) {
  return article.id.substr(0, article.id.find('_'));
}

std::vector<Article> LoadSeeds() {
  std::vector<Article> articles;
  std::vector<std::string> errors;
  auto sink = [&](const Status& status) {
    errors.push_back(status.ToString());
  };
  for (const std::string& path : ListInputFiles({kSeedDir}, sink)) {
    Result<std::vector<Article>> read = IngestFile(path, IngestOptions(), sink);
    EXPECT_TRUE(read.ok()) << read.status().ToString();
    if (!read.ok()) continue;
    for (Article& article : read.value()) {
      ExtractBody(&article, ExtractOptions());
      articles.push_back(std::move(article));
    }
  }
  EXPECT_TRUE(errors.empty()) << errors.front();
  return articles;
}

std::set<int> BoilerplateLines(const Article& article) {
  std::set<int> lines;
  for (const Paragraph& paragraph : article.paragraphs) {
    if (!paragraph.boilerplate) continue;
    for (int line = paragraph.first_line; line <= paragraph.last_line; ++line)
      lines.insert(line);
  }
  return lines;
}

std::set<int> GoldLines(const Json& gold, const char* field,
                        const std::string& key) {
  std::set<int> lines;
  if (gold[field].contains(key)) {
    for (const Json& line : gold[field][key]) lines.insert(line.get<int>());
  }
  return lines;
}

class SeedCorpus : public ::testing::Test {
 protected:
  void SetUp() override {
    gold_ = LoadGold();
    ASSERT_FALSE(gold_.is_discarded())
        << "cannot read gold.json in " << kSeedDir;
    articles_ = LoadSeeds();
    ASSERT_EQ(articles_.size(), gold_["boilerplate_lines"].size());
  }
  Json gold_;
  std::vector<Article> articles_;
};

TEST_F(SeedCorpus, BoilerplateLinesMatchGold) {
  for (const Article& article : articles_) {
    std::string key = GoldKey(article);
    EXPECT_EQ(BoilerplateLines(article),
              GoldLines(gold_, "boilerplate_lines", key))
        << "article " << key;
  }
}

TEST_F(SeedCorpus, BylinesMatchGold) {
  for (const Article& article : articles_) {
    std::string key = GoldKey(article);
    std::string expected = gold_["bylines"].value(key, std::string());
    EXPECT_EQ(article.byline, expected) << "article " << key;
  }
}

TEST_F(SeedCorpus, ContributorsMatchGold) {
  for (const Article& article : articles_) {
    std::string key = GoldKey(article);
    std::vector<std::string> expected;
    if (gold_["contributors"].contains(key)) {
      expected = gold_["contributors"][key].get<std::vector<std::string>>();
    }
    EXPECT_EQ(article.contributors, expected) << "article " << key;
  }
}

TEST_F(SeedCorpus, DamagedLinesMatchGold) {
  for (const Article& article : articles_) {
    std::string key = GoldKey(article);
    std::set<int> found;
    for (const DamagedLine& damaged : article.damaged_lines)
      found.insert(damaged.line);
    EXPECT_EQ(found, GoldLines(gold_, "encoding_damage", key))
        << "article " << key;
  }
}

TEST_F(SeedCorpus, DamagedParagraphsAreFlagged) {
  for (const Article& article : articles_) {
    for (const DamagedLine& damaged : article.damaged_lines) {
      bool flagged = false;
      for (const Paragraph& paragraph : article.paragraphs) {
        if (damaged.line >= paragraph.first_line &&
            damaged.line <= paragraph.last_line) {
          flagged = paragraph.damaged;
        }
      }
      EXPECT_TRUE(flagged) << article.id << " line " << damaged.line;
    }
  }
}

TEST_F(SeedCorpus, SeedsAreUtf8WithHashes) {
  for (const Article& article : articles_) {
    EXPECT_EQ(article.encoding, "UTF-8") << article.id;
    EXPECT_EQ(article.content_hash.size(), 16u) << article.id;
    EXPECT_FALSE(article.title.empty()) << article.id;
  }
}

}  // namespace
}  // namespace corroborate
