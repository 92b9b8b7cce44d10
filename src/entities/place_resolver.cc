// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "entities/place_resolver.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <set>
#include <string>

#include "entities/common_words.h"
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

// A place this small, in a country the article never names, is more often
// a namesake than the place meant (Moscow, Idaho; Glenn Heights, Texas):
// about the population under which GeoNames towns stop being known abroad.
constexpr int64_t kSmallPlace = 50000;
// Above this a place or a country's capital is well known: ordinary words
// ("Reading", "Nice", "Mobile") name it even without context.
constexpr int64_t kBigPlace = 100000;
// Transliterations differ in vowels, not length: skeleton matches whose
// letter counts differ more are other names ("Amirli"/"Amarillo").
constexpr int kMaxLetterDifference = 1;

// The countries the article names.
std::set<std::string> ArticleCountries(const std::vector<Entity>& ents,
                                       const Gazetteer& gazetteer) {
  std::set<std::string> codes;
  for (const Entity& e : ents) {
    if (e.kind != EntityKind::kCountry) continue;
    std::vector<const GazetteerEntry*> hits = gazetteer.Find(e.name);
    if (const GazetteerEntry* c = BestCountry(hits, gazetteer))
      codes.insert(c->country);
  }
  return codes;
}

int Letters(std::string_view name) {
  int n = 0;
  for (char c : name) n += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
  return n;
}

// The rank of a candidate, in tiers: the capital of a country the article
// names; a place of kSmallPlace or more in a named country ("Tripoli" in a
// story on Lebanon); a national capital ("Paris" beats Paris, Texas even in
// a story naming the United States); a small place in a named country; the
// rest. Population orders each tier.
double Score(const GazetteerEntry& g, const std::set<std::string>& countries,
             const GazetteerEntry* capital) {
  bool named = countries.contains(g.country);
  bool is_capital = &g == capital;
  int tier = is_capital && named                    ? 4
             : named && g.population >= kSmallPlace ? 3
             : is_capital                           ? 2
             : named                                ? 1
                                                    : 0;
  return tier * 1000.0 + std::log10(g.population + 10.0);
}

const GazetteerEntry* Pick(std::vector<const GazetteerEntry*> hits,
                           const std::set<std::string>& countries,
                           const GazetteerEntry* capital, double* confidence) {
  if (capital && std::find(hits.begin(), hits.end(), capital) == hits.end())
    hits.push_back(capital);
  // A world region's name means the region, not a town named after it
  // ("Asia", Peru).
  for (const GazetteerEntry* g : hits) {
    if (g->kind == 'R') {
      *confidence = kUnique;
      return g;
    }
  }
  const GazetteerEntry* best = nullptr;
  for (const GazetteerEntry* g : hits) {
    if (g->kind == 'C') continue;
    if (!best ||
        Score(*g, countries, capital) > Score(*best, countries, capital))
      best = g;
  }
  if (!best) return nullptr;
  bool mentioned = countries.contains(best->country);
  if (!mentioned && best != capital && best->population < kSmallPlace)
    return nullptr;
  size_t n = 0;
  for (const GazetteerEntry* g : hits) n += g->kind == 'C' ? 0 : 1;
  *confidence = n == 1      ? kUnique
                : mentioned ? kByArticleCountry
                            : kByPopulation;
  return best;
}

// Skeleton candidates of about the same length in a named country.
std::vector<const GazetteerEntry*> SkeletonHits(
    const std::string& name, const std::set<std::string>& countries,
    const Gazetteer& gazetteer) {
  std::vector<const GazetteerEntry*> out;
  if (Skeleton(NormalizeName(name)).size() < kMinSkeleton) return out;
  for (const GazetteerEntry* g : gazetteer.FindBySkeleton(name)) {
    if (countries.contains(g->country) &&
        std::abs(Letters(g->name) - Letters(name)) <= kMaxLetterDifference)
      out.push_back(g);
  }
  return out;
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

const GazetteerEntry* CapitalOf(const GazetteerEntry& country,
                                const Gazetteer& gazetteer) {
  const GazetteerEntry* best = nullptr;
  for (const std::string& name : country.capitals) {
    for (const GazetteerEntry* g : gazetteer.Find(name)) {
      if (g->kind != 'P' || g->country != country.country) continue;
      if (!best || g->population > best->population) best = g;
    }
  }
  return best;
}

const GazetteerEntry* BestCountry(
    const std::vector<const GazetteerEntry*>& hits,
    const Gazetteer& gazetteer) {
  const GazetteerEntry* best = nullptr;
  int64_t best_size = -1;
  for (const GazetteerEntry* g : hits) {
    if (g->kind != 'C') continue;
    const GazetteerEntry* capital = CapitalOf(*g, gazetteer);
    int64_t size = capital ? capital->population : 0;
    if (size > best_size) {
      best_size = size;
      best = g;
    }
  }
  return best;
}

bool NameCanBePlace(std::string_view name,
                    const std::vector<const GazetteerEntry*>& hits,
                    const Gazetteer& gazetteer) {
  if (!IsCommonWord(name) && !IsProperAdjective(name)) return true;
  for (const GazetteerEntry* g : hits) {
    const GazetteerEntry* town = g->kind == 'C' ? CapitalOf(*g, gazetteer) : g;
    if (town && town->kind == 'P' && town->population > kBigPlace) return true;
  }
  return false;
}

std::vector<Place> ResolvePlaces(const std::vector<Entity>& entities,
                                 const Gazetteer& gazetteer) {
  std::set<std::string> countries = ArticleCountries(entities, gazetteer);
  std::vector<Place> places;
  for (const Entity& e : entities) {
    if (e.kind == EntityKind::kCountry) {
      if (const GazetteerEntry* c =
              BestCountry(gazetteer.Find(e.name), gazetteer))
        places.push_back(MakePlace(e, c, kUnique));
      continue;
    }
    if (e.kind != EntityKind::kPlace) continue;
    double confidence = 0;
    std::string name = WithoutFacility(e.name);
    const GazetteerEntry* country = gazetteer.CountryByCapital(name);
    const GazetteerEntry* capital =
        country ? CapitalOf(*country, gazetteer) : nullptr;
    const GazetteerEntry* g =
        Pick(gazetteer.Find(name), countries, capital, &confidence);
    if (!g) {
      g = Pick(SkeletonHits(name, countries, gazetteer), countries, nullptr,
               &confidence);
      confidence = std::min(confidence, kBySkeleton);
    }
    places.push_back(MakePlace(e, g, g ? confidence : kUnresolved));
  }
  return places;
}

}  // namespace corroborate::entities
