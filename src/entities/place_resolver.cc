// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "entities/place_resolver.h"

#include <cmath>
#include <map>
#include <string>

#include "entities/name_matcher.h"

namespace corroborate::entities {
namespace {

// Confidences of a resolution, hand-set in the order of their reliability
// on tests/data/entities/places.tsv.
constexpr double kUnique = 1.0;
constexpr double kByArticleCountry = 0.9;
constexpr double kByPopulation = 0.6;
constexpr double kBySkeleton = 0.5;
constexpr double kUnresolved = 0.3;
// Skeletons shorter than this match unrelated names too often.
constexpr size_t kMinSkeleton = 4;

// How many mentions each country gets in the article.
std::map<std::string, int> ArticleCountries(const std::vector<Entity>& ents,
                                            const Gazetteer& gazetteer) {
  std::map<std::string, int> counts;
  for (const Entity& e : ents) {
    if (e.kind != EntityKind::kCountry) continue;
    for (const GazetteerEntry* g : gazetteer.Find(e.name)) {
      if (g->kind == 'C')
        counts[g->country] += static_cast<int>(e.mentions.size());
    }
  }
  return counts;
}

const GazetteerEntry* Pick(const std::vector<const GazetteerEntry*>& hits,
                           const std::map<std::string, int>& countries,
                           double* confidence) {
  const GazetteerEntry* best = nullptr;
  double best_score = -1;
  bool by_country = false;
  for (const GazetteerEntry* g : hits) {
    if (g->kind == 'C') continue;
    auto it = countries.find(g->country);
    int mentions = it == countries.end() ? 0 : it->second;
    // Country mentions outweigh any population; admin regions win ties
    // with a town of the same name only through population.
    double score = mentions * 100.0 + std::log10(g->population + 10.0);
    if (score > best_score) {
      best_score = score;
      best = g;
      by_country = mentions > 0;
    }
  }
  size_t n = 0;
  for (const GazetteerEntry* g : hits) n += g->kind == 'C' ? 0 : 1;
  *confidence = n == 1       ? kUnique
                : by_country ? kByArticleCountry
                             : kByPopulation;
  return best;
}

// "Balad Air Base" is geocoded as "Balad": the words before a site word.
std::string WithoutFacility(const std::string& name) {
  static constexpr std::string_view kSites[] = {
      " Air Base", " Airbase", " Air Force Base", " Airport",  " Base",
      " Camp",     " Dam",     " Prison",         " Refinery", " Barracks"};
  for (std::string_view site : kSites) {
    size_t at = name.find(site);
    if (at != std::string::npos && at > 0) return name.substr(0, at);
  }
  return name;
}

Place MakePlace(const Entity& e, const GazetteerEntry* g, double confidence) {
  Place p;
  p.name = e.mentions.empty() ? e.name : e.mentions[0].text;
  p.canonical = g ? g->name : e.name;
  if (g) {
    p.country = g->country;
    p.latitude = g->latitude;
    p.longitude = g->longitude;
    p.gazetteer_id = g->id;
  }
  if (!e.mentions.empty()) {
    p.paragraph = e.mentions[0].paragraph;
    p.begin = e.mentions[0].begin;
  }
  p.confidence = confidence;
  return p;
}

}  // namespace

std::vector<Place> ResolvePlaces(const std::vector<Entity>& entities,
                                 const Gazetteer& gazetteer) {
  std::map<std::string, int> countries = ArticleCountries(entities, gazetteer);
  std::vector<Place> places;
  for (const Entity& e : entities) {
    if (e.kind == EntityKind::kCountry) {
      for (const GazetteerEntry* g : gazetteer.Find(e.name)) {
        if (g->kind != 'C') continue;
        places.push_back(MakePlace(e, g, kUnique));
        break;
      }
      continue;
    }
    if (e.kind != EntityKind::kPlace) continue;
    double confidence = 0;
    std::string name = WithoutFacility(e.name);
    const GazetteerEntry* g =
        Pick(gazetteer.Find(name), countries, &confidence);
    if (!g && Skeleton(NormalizeName(name)).size() >= kMinSkeleton) {
      g = Pick(gazetteer.FindBySkeleton(name), countries, &confidence);
      confidence = std::min(confidence, kBySkeleton);
    }
    places.push_back(MakePlace(e, g, g ? confidence : kUnresolved));
  }
  return places;
}

}  // namespace corroborate::entities
