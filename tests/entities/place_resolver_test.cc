// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Place precision: ordinary words are not places, namesakes resolve by the
// article's countries and national capitals, small unknown namesakes stay
// unresolved. Texts and gazetteer written for these tests; the dictionary
// rules need /usr/share/dict (wamerican) and skip without it.

#include <filesystem>

#include <gtest/gtest.h>

#include "corroborate/entities.h"

#include "entities/common_words.h"

namespace corroborate {
namespace {

bool HaveDictionary() {
  return std::filesystem::exists("/usr/share/dict/american-english") ||
         std::filesystem::exists("/usr/share/dict/words");
}

GazetteerEntry Country(const char* name, const char* code, const char* capital,
                       std::vector<std::string> aliases) {
  GazetteerEntry e;
  e.kind = 'C';
  e.name = name;
  e.country = code;
  e.capitals = {capital};
  e.aliases = std::move(aliases);
  return e;
}

GazetteerEntry Town(const char* name, const char* code, int64_t population) {
  GazetteerEntry e;
  e.kind = 'P';
  e.name = name;
  e.country = code;
  e.population = population;
  e.id = population;
  return e;
}

Gazetteer WorldGazetteer() {
  Gazetteer g;
  g.Add(Country("France", "FR", "Paris", {"FR"}));
  g.Add(Country("United States", "US", "Washington", {"US", "USA"}));
  g.Add(Country("Iran", "IR", "Tehran", {"IR"}));
  g.Add(Country("Peru", "PE", "Lima", {"PE"}));
  g.Add(Country("Lebanon", "LB", "Beirut", {"LB"}));
  g.Add(Country("Libya", "LY", "Tripoli", {"LY"}));
  // Two countries share "Korea"; a small island state has the code "TV".
  g.Add(Country("South Korea", "KR", "Seoul", {"Korea"}));
  g.Add(Country("Islet Republic", "XI", "Port Islet", {"Korea", "TV"}));
  g.Add(Town("Seoul", "KR", 10000000));
  g.Add(Town("Port Islet", "XI", 4000));
  g.Add(Town("Paris", "FR", 2100000));
  g.Add(Town("Paris", "US", 25000));
  g.Add(Town("Washington", "US", 690000));
  g.Add(Town("Washington", "GB", 53000));
  g.Add(Town("Tehran", "IR", 8000000));
  g.Add(Town("Hamadan", "IR", 500000));
  g.Add(Town("Tripoli", "LY", 1100000));
  g.Add(Town("Tripoli", "LB", 230000));
  g.Add(Town("Western", "XI", 20000));
  g.Add(Town("Reading", "GB", 170000));
  g.Add(Town("Glenwood", "US", 9000));
  g.Add(Town("Glenwood", "PE", 3000));
  return g;
}

EntityReport Analyze(const std::string& text) {
  Article a;
  a.id = "p1";
  a.paragraphs.push_back({.text = text});
  static const Gazetteer g = WorldGazetteer();
  return FindEntities(a, g);
}

const Place* Found(const EntityReport& r, const std::string& name) {
  for (const Place& p : r.places)
    if (p.name == name) return &p;
  return nullptr;
}

TEST(CommonWords, OrdinaryWordsAndAdjectives) {
  if (!HaveDictionary()) GTEST_SKIP() << "no /usr/share/dict";
  EXPECT_TRUE(entities::IsCommonWord("Read"));
  EXPECT_TRUE(entities::IsCommonWord("Western"));
  EXPECT_TRUE(entities::IsCommonWord("TV"));
  EXPECT_FALSE(entities::IsCommonWord("Hamadan"));
  EXPECT_FALSE(entities::IsCommonWord("Lima"));
  EXPECT_FALSE(entities::IsCommonWord("New York"));  // one word only
  EXPECT_TRUE(entities::IsProperAdjective("Jewish"));
  EXPECT_TRUE(entities::IsProperAdjective("Eastern"));
  EXPECT_FALSE(entities::IsProperAdjective("Lebanon"));
  EXPECT_FALSE(entities::IsProperAdjective("Glenwood"));
}

TEST(PlaceResolver, OrdinaryWordsAreNotPlaces) {
  if (!HaveDictionary()) GTEST_SKIP() << "no /usr/share/dict";
  EntityReport r = Analyze(
      "Western donors pledged aid on Monday. The TV crews filmed workers near "
      "Jewish graves, then flew to Reading for the summit.");
  EXPECT_EQ(Found(r, "Western"), nullptr);
  EXPECT_EQ(Found(r, "TV"), nullptr);
  EXPECT_EQ(Found(r, "Jewish"), nullptr);
  // A common word that names a big town is still a place.
  const Place* reading = Found(r, "Reading");
  ASSERT_NE(reading, nullptr);
  EXPECT_EQ(reading->country, "GB");
}

TEST(PlaceResolver, SharedCountryNameGoesToTheLargerCountry) {
  EntityReport r = Analyze("Exports from Korea rose again, analysts said.");
  const Place* korea = Found(r, "Korea");
  ASSERT_NE(korea, nullptr);
  EXPECT_EQ(korea->country, "KR");
  EXPECT_EQ(korea->canonical, "South Korea");
}

TEST(PlaceResolver, NationalCapitalBeatsSmallNamesakes) {
  // The United States is named, yet "Paris" is France's capital, not the
  // Texas town of 25k.
  EntityReport r = Analyze(
      "United States envoys flew to Paris, where talks on the dam resumed.");
  const Place* paris = Found(r, "Paris");
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->country, "FR");
  // No country named: the capital over a foreign namesake.
  r = Analyze("Negotiators left Washington, then the talks stalled.");
  const Place* washington = Found(r, "Washington");
  ASSERT_NE(washington, nullptr);
  EXPECT_EQ(washington->country, "US");
}

TEST(PlaceResolver, BigPlaceInNamedCountryBeatsForeignCapital) {
  EntityReport r = Analyze(
      "Fishermen protested in Tripoli, the second city of Lebanon, over fuel.");
  const Place* tripoli = Found(r, "Tripoli");
  ASSERT_NE(tripoli, nullptr);
  EXPECT_EQ(tripoli->country, "LB");
  r = Analyze(
      "Fishermen protested in Tripoli, the capital of Libya, over fuel.");
  tripoli = Found(r, "Tripoli");
  ASSERT_NE(tripoli, nullptr);
  EXPECT_EQ(tripoli->country, "LY");
}

TEST(PlaceResolver, SmallNamesakeAbroadStaysUnresolved) {
  EntityReport r =
      Analyze("Floods cut off Glenwood, Iran's relief agency said.");
  const Place* glenwood = Found(r, "Glenwood");
  ASSERT_NE(glenwood, nullptr);
  EXPECT_EQ(glenwood->country, "");
  EXPECT_LT(glenwood->confidence, 0.5);
  // Named country: the small place there is right.
  r = Analyze("Floods cut off Glenwood, Peru's relief agency said.");
  glenwood = Found(r, "Glenwood");
  ASSERT_NE(glenwood, nullptr);
  EXPECT_EQ(glenwood->country, "PE");
}

TEST(PlaceResolver, SpellingVariantsOnlyOfSimilarLengthInNamedCountry) {
  EntityReport r =
      Analyze("Protests spread near Hamedan, Iran's state media said.");
  const Place* p = Found(r, "Hamedan");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->canonical, "Hamadan");
  EXPECT_EQ(p->country, "IR");
  // Same skeleton, two letters longer: another name.
  r = Analyze("Protests spread near Hammeedaan, Iran's state media said.");
  p = Found(r, "Hammeedaan");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "");
  // Iran not named: no fuzzy guess.
  r = Analyze("Protests spread near Hamedan, the state media said.");
  p = Found(r, "Hamedan");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "");
}

}  // namespace
}  // namespace corroborate
