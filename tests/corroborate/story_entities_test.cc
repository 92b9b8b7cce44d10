// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/story_entities.h"

#include <gtest/gtest.h>

namespace corroborate::corroborate {
namespace {

Entity Named(std::string name, EntityKind kind, double confidence,
             std::vector<std::string> aliases = {}) {
  Entity e;
  e.name = std::move(name);
  e.kind = kind;
  e.confidence = confidence;
  e.aliases = std::move(aliases);
  e.mentions.push_back({0, 0, e.name.size(), e.name});
  return e;
}

Place At(std::string name, int64_t id) {
  Place p;
  p.name = name;
  p.canonical = std::move(name);
  p.gazetteer_id = id;
  return p;
}

const StoryEntity* Find(const std::vector<StoryEntity>& all,
                        const std::string& name) {
  for (const StoryEntity& e : all) {
    for (const std::string& n : e.names)
      if (n == name) return &e;
  }
  return nullptr;
}

TEST(StoryEntities, MergesShortNamesAndGuessedKindsAcrossArticles) {
  std::vector<Article> articles(3);
  articles[0].id = "a";
  articles[0].entities = {
      Named("Nordvik Motoren AG", EntityKind::kOrganization, 0.85, {"Nordvik"}),
      Named("Shanghai", EntityKind::kPlace, 0.8)};
  articles[0].places = {At("Shanghai", 1796236)};
  // The same company in a second article, taken for a person by the
  // two-word fallback, and a place spelled alike but elsewhere.
  articles[1].id = "b";
  articles[1].entities = {
      Named("Nordvik Motoren", EntityKind::kPerson, 0.5, {"Nordvik"}),
      Named("Shenyang", EntityKind::kPlace, 0.8)};
  articles[1].places = {At("Shenyang", 2034937)};
  articles[2].id = "c";  // not in the story
  articles[2].entities = {Named("Nordvik", EntityKind::kOther, 0.4)};

  const std::vector<StoryEntity> found = StoryEntities(articles, {0, 1});
  const StoryEntity* company = Find(found, "Nordvik Motoren AG");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->kind, EntityKind::kOrganization);
  EXPECT_EQ(company->names,
            (std::vector<std::string>{"Nordvik", "Nordvik Motoren",
                                      "Nordvik Motoren AG"}));
  EXPECT_EQ(company->articles, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(found.front().name, company->name);  // most articles first
  // Named once under one name each: neither is listed, and they never
  // merged (a merge would list them as one entity of two names).
  EXPECT_EQ(Find(found, "Shanghai"), nullptr);
  EXPECT_EQ(Find(found, "Shenyang"), nullptr);
}

}  // namespace
}  // namespace corroborate::corroborate
