// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Geocodes the country and place entities of one article with the
// gazetteer. A name found in several countries resolves to the candidate in
// the country the article mentions most, else to the most populous; names
// the gazetteer lacks are matched by spelling skeleton ("Salaheddin" ->
// "Salah ad Din"), else kept without coordinates. Thread-safe, no state.

#pragma once

#include <vector>

#include "corroborate/entities.h"

namespace corroborate::entities {

std::vector<Place> ResolvePlaces(const std::vector<Entity>& entities,
                                 const Gazetteer& gazetteer);

}  // namespace corroborate::entities
