// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The stage's entry point, FindEntities.

#include "corroborate/entities.h"

#include "entities/date_finder.h"
#include "entities/entity_finder.h"
#include "entities/name_matcher.h"
#include "entities/place_resolver.h"

namespace corroborate {

EntityReport FindEntities(const Article& article, const Gazetteer& gazetteer) {
  EntityReport report;
  report.article = article.id;
  report.entities = entities::FindNamedEntities(article, gazetteer);
  report.places = entities::ResolvePlaces(report.entities, gazetteer);
  report.dates = entities::FindDates(article);
  return report;
}

namespace {

// The gazetteer entries a name denotes: a country or place by name, or a
// country by its capital (metonymy).
std::vector<const GazetteerEntry*> Denotes(std::string_view name,
                                           const Gazetteer& gazetteer) {
  std::vector<const GazetteerEntry*> hits = gazetteer.Find(name);
  if (const GazetteerEntry* c = gazetteer.CountryByCapital(name)) {
    hits.push_back(c);
  }
  return hits;
}

}  // namespace

double SameNameConfidence(std::string_view a, std::string_view b,
                          const Gazetteer& gazetteer) {
  // Confidence of a match through the gazetteer: an alternate name (0.95)
  // is near certain; a capital standing for its country (0.6) is right only
  // where the capital is the subject of government action.
  constexpr double kAlternateName = 0.95;
  constexpr double kCapital = 0.6;
  std::vector<const GazetteerEntry*> ha = Denotes(a, gazetteer);
  std::vector<const GazetteerEntry*> hb = Denotes(b, gazetteer);
  double spelling = entities::SpellingSimilarity(a, b);
  if (!ha.empty() && !hb.empty()) {
    for (const GazetteerEntry* x : ha) {
      for (const GazetteerEntry* y : hb) {
        if (x != y) continue;
        bool capital = gazetteer.CountryByCapital(a) == x ||
                       gazetteer.CountryByCapital(b) == x;
        bool named = !capital || (gazetteer.CountryByCapital(a) == x &&
                                  gazetteer.CountryByCapital(b) == x);
        return std::max(spelling, named ? kAlternateName : kCapital);
      }
    }
    // Two known, different places: "Iraq"/"Iran", "Austria"/"Australia".
    if (spelling < 1.0) return 0;
  }
  return spelling;
}

}  // namespace corroborate
