// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// FindEntities on texts written for these tests, with a small hand-made
// gazetteer (the real one is tested in entities_corpus_tests).

#include <gtest/gtest.h>

#include "corroborate/entities.h"

namespace corroborate {
namespace {

GazetteerEntry Country(const char* name, const char* code, const char* capital,
                       const char* demonym, std::vector<std::string> aliases) {
  GazetteerEntry e;
  e.kind = 'C';
  e.name = name;
  e.country = code;
  e.capitals = {capital};
  e.demonym = demonym;
  e.aliases = std::move(aliases);
  return e;
}

GazetteerEntry Town(const char* name, const char* code, int64_t population,
                    double lat) {
  GazetteerEntry e;
  e.kind = 'P';
  e.name = name;
  e.country = code;
  e.population = population;
  e.latitude = lat;
  e.id = population;
  return e;
}

Gazetteer SmallGazetteer() {
  Gazetteer g;
  g.Add(Country("Norway", "NO", "Oslo", "Norwegian", {"Kingdom of Norway"}));
  g.Add(Country("Chile", "CL", "Santiago", "Chilean", {"Republic of Chile"}));
  g.Add(Country("Peru", "PE", "Lima", "Peruvian", {}));
  g.Add(Town("Oslo", "NO", 700000, 59.9));
  g.Add(Town("Santiago", "CL", 4800000, -33.4));
  g.Add(Town("Lima", "PE", 8000000, -12.0));
  g.Add(Town("Valdez", "CL", 3000, -40.0));
  g.Add(Town("Valdez", "PE", 90000, -8.0));
  return g;
}

Article MakeArticle(std::vector<std::string> paragraphs) {
  Article a;
  a.id = "t1";
  a.date = "2021-03-12";  // a Friday
  for (std::string& p : paragraphs) a.paragraphs.push_back({.text = p});
  return a;
}

const Entity* Named(const EntityReport& r, const std::string& name) {
  for (const Entity& e : r.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

TEST(FindEntities, TitlesRolesAndShortNames) {
  EntityReport r = FindEntities(
      MakeArticle({"Fisheries Minister Ingrid Hovland said the quota would "
                   "fall. Hovland added that talks continue.",
                   "Navy spokesman Captain Erik Dahl declined to comment."}),
      SmallGazetteer());
  const Entity* hovland = Named(r, "Ingrid Hovland");
  ASSERT_NE(hovland, nullptr);
  EXPECT_EQ(hovland->kind, EntityKind::kPerson);
  EXPECT_EQ(hovland->role, "Fisheries Minister");
  ASSERT_EQ(hovland->mentions.size(), 2u);
  EXPECT_EQ(hovland->mentions[1].text, "Hovland");
  const Entity* dahl = Named(r, "Erik Dahl");
  ASSERT_NE(dahl, nullptr);
  EXPECT_EQ(dahl->role, "Captain");
}

TEST(FindEntities, AcronymLinkedToExpansion) {
  EntityReport r = FindEntities(
      MakeArticle({"The Coastal Defence Brigades (CDB) moved north.",
                   "A CDB commander said the move was planned."}),
      SmallGazetteer());
  const Entity* cdb = Named(r, "Coastal Defence Brigades");
  ASSERT_NE(cdb, nullptr);
  EXPECT_EQ(cdb->kind, EntityKind::kOrganization);
  EXPECT_EQ(cdb->mentions.size(), 3u);
  EXPECT_EQ(cdb->aliases, std::vector<std::string>{"CDB"});
}

TEST(FindEntities, CapitalAsGovernmentOnlyWithGovernmentVerb) {
  EntityReport r = FindEntities(
      MakeArticle({"Oslo rejected the proposal on Tuesday.",
                   "Thousands marched in Santiago, the Chilean capital."}),
      SmallGazetteer());
  const Entity* norway = Named(r, "Norway");
  ASSERT_NE(norway, nullptr);
  EXPECT_EQ(norway->kind, EntityKind::kCountry);
  EXPECT_EQ(norway->aliases, std::vector<std::string>{"Oslo"});
  EXPECT_EQ(Named(r, "Chile"), nullptr);  // Santiago is a place here
  const Entity* santiago = Named(r, "Santiago");
  ASSERT_NE(santiago, nullptr);
  EXPECT_EQ(santiago->kind, EntityKind::kPlace);
}

TEST(FindEntities, OutletByContext) {
  EntityReport r = FindEntities(
      MakeArticle({"The Bergen-based newspaper Kystposten reported the deal."}),
      SmallGazetteer());
  const Entity* outlet = Named(r, "Kystposten");
  ASSERT_NE(outlet, nullptr);
  EXPECT_EQ(outlet->kind, EntityKind::kOutlet);
}

TEST(FindEntities, PlacesDisambiguatedByArticleCountry) {
  Gazetteer g = SmallGazetteer();
  EntityReport chile = FindEntities(
      MakeArticle({"Chile sent firefighters to Valdez, officials said.",
                   "Chile also closed roads."}),
      g);
  ASSERT_EQ(chile.places.size(), 2u);
  EXPECT_EQ(chile.places[1].canonical, "Valdez");
  EXPECT_EQ(chile.places[1].country, "CL");
  EntityReport none = FindEntities(
      MakeArticle({"Firefighters reached Valdez, officials said."}), g);
  ASSERT_EQ(none.places.size(), 1u);
  EXPECT_EQ(none.places[0].country, "PE");  // the more populous one
  EXPECT_LT(none.places[0].confidence, chile.places[1].confidence);
}

TEST(FindEntities, SentenceInitialWordsAreNotEntities) {
  EntityReport r = FindEntities(
      MakeArticle({"However, the vote was close. Meanwhile prices rose."}),
      SmallGazetteer());
  EXPECT_TRUE(r.entities.empty());
}

TEST(FindEntities, PlaceOwningANameIsANameOfItsOwn) {
  EntityReport r = FindEntities(
      MakeArticle({"Meridian is owned by Chile's Andes Telecom, which "
                   "competes with Peru for Norwegian investment.",
                   "The People's Bank of Oslo kept its rate."}),
      SmallGazetteer());
  const Entity* chile = Named(r, "Chile");
  ASSERT_NE(chile, nullptr);
  EXPECT_EQ(chile->kind, EntityKind::kCountry);
  EXPECT_NE(Named(r, "Andes Telecom"), nullptr);
  const Entity* peru = Named(r, "Peru");  // not "Peru for Norwegian"
  ASSERT_NE(peru, nullptr);
  EXPECT_EQ(peru->kind, EntityKind::kCountry);
  // A possessor that is no place stays inside the name.
  EXPECT_NE(Named(r, "People's Bank of Oslo"), nullptr);
}

TEST(FindEntities, PlaceBeforeBasedOrListedStandsAlone) {
  EntityReport r = FindEntities(
      MakeArticle({"The Lima-based miner and its Santiago-listed rival "
                   "Cobre's Valdez-listed unit met Chile-backed buyers."}),
      SmallGazetteer());
  for (const char* place : {"Lima", "Santiago", "Valdez"}) {
    const Entity* e = Named(r, place);
    ASSERT_NE(e, nullptr) << place;
    EXPECT_EQ(e->kind, EntityKind::kPlace) << place;
  }
  // "-backed" names an actor, not where something is: no entity, as before.
  EXPECT_EQ(Named(r, "Chile"), nullptr);
}

TEST(FindEntities, CompaniesDemonymsAndNeitherNor) {
  Gazetteer g = SmallGazetteer();
  g.Add(Country("South Sudan", "SS", "Juba", "South Sudanese", {}));
  EntityReport r = FindEntities(
      MakeArticle({"South Sudanese trader Nile Grain AG said prices rose.",
                   "Analysts said Tarvik Semiconductor would gain. Neither "
                   "Nordvik nor Tarvik commented."}),
      g);
  EXPECT_EQ(Named(r, "South Sudanese"), nullptr);  // a demonym names no one
  const Entity* grain = Named(r, "Nile Grain AG");
  ASSERT_NE(grain, nullptr);
  EXPECT_EQ(grain->kind, EntityKind::kOrganization);
  const Entity* chips = Named(r, "Tarvik Semiconductor");
  ASSERT_NE(chips, nullptr);
  EXPECT_EQ(chips->kind, EntityKind::kOrganization);
  EXPECT_EQ(Named(r, "Neither Nordvik"), nullptr);
  EXPECT_NE(Named(r, "Nordvik"), nullptr);
}

TEST(FindEntities, ShortNamesJoinTheFullNameTheyOpen) {
  Gazetteer g = SmallGazetteer();
  g.Add(Town("Bergen", "NO", 280000, 60.4));
  EntityReport r = FindEntities(
      MakeArticle({"Nordvik Motoren AG sued Liu Wenbo in the Bergen District "
                   "Court, which fined it S$4 million.",
                   "Nordvik said Liu had lied. Bergen stayed calm."}),
      g);
  const Entity* company = Named(r, "Nordvik Motoren AG");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->aliases, std::vector<std::string>{"Nordvik"});
  const Entity* person = Named(r, "Liu Wenbo");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->aliases, std::vector<std::string>{"Liu"});
  // A place keeps its own name ("Bergen" is no short "Bergen District
  // Court"), and a currency's letter is no part of a name.
  const Entity* court = Named(r, "Bergen District Court");
  ASSERT_NE(court, nullptr);
  EXPECT_TRUE(court->aliases.empty());
  EXPECT_EQ(Named(r, "S"), nullptr);
}

TEST(FindEntities, TitlesAcronymsAndDefiniteShortNames) {
  EntityReport r = FindEntities(
      MakeArticle({"Dr. Ana Cruz of the Food and Drug Administration told the "
                   "Manila Courier that the Comets and Bay Rovers were "
                   "cleared, a study site in Valdez said.",
                   "The FDA did not reply to the Courier."}),
      SmallGazetteer());
  const Entity* doctor = Named(r, "Ana Cruz");  // "Dr." no longer parts it
  ASSERT_NE(doctor, nullptr);
  EXPECT_EQ(doctor->role, "Dr");
  const Entity* fda = Named(r, "Food and Drug Administration");
  ASSERT_NE(fda, nullptr);
  EXPECT_EQ(fda->kind, EntityKind::kOrganization);
  EXPECT_EQ(fda->aliases, std::vector<std::string>{"FDA"});
  const Entity* paper = Named(r, "Manila Courier");
  ASSERT_NE(paper, nullptr);
  EXPECT_EQ(paper->aliases, std::vector<std::string>{"Courier"});
  // "site" two words back is no outlet cue ("a study site in Valdez").
  const Entity* valdez = Named(r, "Valdez");
  ASSERT_NE(valdez, nullptr);
  EXPECT_NE(valdez->kind, EntityKind::kOutlet);
}

TEST(FindEntities, CapitalisedUsIsTheCountry) {
  Gazetteer g = SmallGazetteer();
  g.Add(Country("United States", "US", "Washington", "American",
                {"US", "United States of America"}));
  g.Add(Town("Washington", "US", 700000, 38.9));
  EntityReport r = FindEntities(
      MakeArticle({"The U.S. and Chile agreed. The US envoy told us so."}), g);
  const Entity* us = Named(r, "United States");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->kind, EntityKind::kCountry);
  EXPECT_EQ(us->mentions.size(), 2u);  // "U.S." and "US", not "us"
}

TEST(FindEntities, WorldRegionIsAPlaceNotAnEponymousTown) {
  Gazetteer g = SmallGazetteer();
  GazetteerEntry region;
  region.kind = 'R';
  region.name = "South America";
  region.id = -1000001;
  g.Add(region);
  g.Add(Town("South America", "PE", 60000, -5.0));  // a namesake town
  EntityReport r = FindEntities(
      MakeArticle({"Exports from Chile to South America grew."}), g);
  ASSERT_EQ(r.places.size(), 2u);
  EXPECT_EQ(r.places[1].canonical, "South America");
  EXPECT_EQ(r.places[1].country, "");  // the region, not the town in Peru
}

TEST(SameNameConfidence, GazetteerAliasesAndDistinctCountries) {
  Gazetteer g = SmallGazetteer();
  EXPECT_GT(SameNameConfidence("Kingdom of Norway", "Norway", g), 0.9);
  EXPECT_GT(SameNameConfidence("Oslo", "Norway", g), 0);
  EXPECT_EQ(SameNameConfidence("Chile", "Peru", g), 0);
}

TEST(MergeAcrossArticles, MergesVariantsKeepsNamesakesApart) {
  Gazetteer g = SmallGazetteer();
  std::vector<EntityReport> reports = {
      FindEntities(MakeArticle({"The Harmonisation Council met. Judge Ana "
                                "Rios said it would rule."}),
                   g),
      FindEntities(MakeArticle({"The Harmonization Council adjourned. Judge "
                                "Pablo Rios said little."}),
                   g)};
  std::vector<EntityCluster> clusters = MergeAcrossArticles(reports);
  int councils = 0, rios = 0;
  for (const EntityCluster& c : clusters) {
    if (c.name.find("Council") != std::string::npos) {
      ++councils;
      EXPECT_EQ(c.members.size(), 2u);
    }
    if (c.name.find("Rios") != std::string::npos) ++rios;
  }
  EXPECT_EQ(councils, 1);
  EXPECT_EQ(rios, 2);
}

}  // namespace
}  // namespace corroborate
