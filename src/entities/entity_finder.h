// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Finds the named entities of one article: capitalised word sequences with
// their titles and roles, classified by head words, context and the
// gazetteer; acronyms tied to their expansion, later short mentions tied to
// the full name, and capitals used for governments ("Washington agreed")
// tied to their country (docs/entities.md). Thread-safe, no state.

#pragma once

#include <string>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/entities.h"

namespace corroborate::entities {

// A capitalised word sequence before it becomes (part of) an entity.
struct Candidate {
  EntityMention mention;
  std::string role;
  EntityKind kind = EntityKind::kOther;
  double confidence = 0;  // 0: kept only if it names a known entity
  std::string canonical;  // gazetteer or metonymy name; "" to use the text
  std::string alias_of;   // a capital standing for this country
  bool definite = false;  // "the" stands right before it ("the Courier")
};

// True for paragraphs the finders read: everything but navigation and stray
// markup.
bool ReadsParagraph(const Paragraph& paragraph);

// Groups the candidates of one article (in text order) into entities:
// same name, acronym and expansion, short and full name, spelling variants
// (entity_grouper.cc). A name equal to `site` is an outlet.
std::vector<Entity> GroupCandidates(std::vector<Candidate> candidates,
                                    const std::string& site);

std::vector<Entity> FindNamedEntities(const Article& article,
                                      const Gazetteer& gazetteer);

}  // namespace corroborate::entities
