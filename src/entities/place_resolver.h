// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Geocodes the country and place entities of one article with the
// gazetteer. A name found in several countries resolves to the candidate in
// a country the article mentions (the most populous of those), else to a
// national capital of that name ("Washington"), else to the most populous if
// it has ~50k people or more; a smaller place in an unmentioned country is
// kept unresolved (no country, low confidence) rather than guessed. Names
// the gazetteer lacks are matched by spelling skeleton ("Salaheddin" ->
// "Salah ad Din") only within the article's countries, else kept without
// coordinates. Thread-safe, no state.

#pragma once

#include <string_view>
#include <vector>

#include "corroborate/entities.h"

namespace corroborate::entities {

// The most populous place of `country` named as one of its capitals
// ("Washington D.C."), else nullptr.
const GazetteerEntry* CapitalOf(const GazetteerEntry& country,
                                const Gazetteer& gazetteer);

// Among several countries sharing a name ("America": the United States and
// a territory), the one with the most populous capital; nullptr if none.
const GazetteerEntry* BestCountry(
    const std::vector<const GazetteerEntry*>& hits, const Gazetteer& gazetteer);

// False if one-word `name` is an ordinary English word or a proper
// adjective ("Western", "Read", "TV", "Jewish") and `hits` hold no big place:
// a country whose capital, or a place that, has more than ~100k people.
bool NameCanBePlace(std::string_view name,
                    const std::vector<const GazetteerEntry*>& hits,
                    const Gazetteer& gazetteer);

std::vector<Place> ResolvePlaces(const std::vector<Entity>& entities,
                                 const Gazetteer& gazetteer);

}  // namespace corroborate::entities
