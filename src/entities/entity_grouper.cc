// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Groups one article's candidates into entities (see entity_finder.h).

#include <algorithm>
#include <map>
#include <string>

#include "entities/entity_finder.h"
#include "entities/name_matcher.h"

namespace corroborate::entities {
namespace {

struct Group {
  Entity entity;
  std::string key;          // normalised canonical name
  double best = 0;          // highest candidate confidence seen
  bool fixed_name = false;  // name comes from the gazetteer or metonymy
};

std::string LastWord(std::string_view normalized) {
  size_t space = normalized.rfind(' ');
  return std::string(space == std::string_view::npos
                         ? normalized
                         : normalized.substr(space + 1));
}

bool Compatible(EntityKind a, EntityKind b) {
  return a == b || a == EntityKind::kOther || b == EntityKind::kOther;
}

// Index of the group `c` belongs to, or -1.
int FindGroup(const std::vector<Group>& groups,
              const std::map<std::string, int>& acronyms, const Candidate& c,
              const std::string& key) {
  for (size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].key == key) return static_cast<int>(g);
  }
  if (auto it = acronyms.find(key); it != acronyms.end()) return it->second;
  // "The FDA did not reply" after "the Food and Drug Administration", "DOH
  // figures" after "the Department of Health": an acronym of an earlier
  // body's initials, with or without its small words.
  if (IsAcronym(c.mention.text)) {
    const std::string letters = AcronymLetters(c.mention.text);
    for (size_t g = 0; g < groups.size(); ++g) {
      const Entity& e = groups[g].entity;
      if (e.kind == EntityKind::kPerson || e.kind == EntityKind::kPlace ||
          e.kind == EntityKind::kCountry || IsAcronym(e.name))
        continue;
      if (Initials(e.name) == letters || AllInitials(e.name) == letters)
        return static_cast<int>(g);
    }
  }
  bool single = key.find(' ') == std::string::npos;
  // A lone surname: the latest person whose last word it is.
  for (int g = static_cast<int>(groups.size()) - 1; single && g >= 0; --g) {
    if (groups[g].entity.kind == EntityKind::kPerson && groups[g].key != key &&
        LastWord(groups[g].key) == key)
      return g;
  }
  // A lone word that opens an earlier longer name: a company's short name
  // ("Kessler" after "Kessler Motoren AG"), or a surname written first
  // ("Liu" after "Liu Wenbo"). Places keep their whole names ("South").
  // The first such name wins: the article's main company, not the
  // subsidiary named later ("Daeyang Europe GmbH").
  constexpr size_t kMinShortName = 3;
  const bool place =
      c.kind == EntityKind::kPlace || c.kind == EntityKind::kCountry;
  for (size_t g = 0;
       single && !place && key.size() >= kMinShortName && g < groups.size();
       ++g) {
    const Group& group = groups[g];
    if (group.fixed_name || group.key == key ||
        group.entity.kind == EntityKind::kPlace ||
        group.entity.kind == EntityKind::kCountry)
      continue;
    if (group.key.starts_with(key + " ")) return static_cast<int>(g);
  }
  // "the Courier" after "The Manila Courier", "the Mariners" after "Galle
  // Mariners": a body's last word with "the" is its short name.
  for (int g = static_cast<int>(groups.size()) - 1;
       single && c.definite && !place && g >= 0; --g) {
    const Group& group = groups[g];
    if (group.fixed_name || group.key == key ||
        group.entity.kind == EntityKind::kPerson ||
        group.entity.kind == EntityKind::kPlace ||
        group.entity.kind == EntityKind::kCountry)
      continue;
    if (group.key.ends_with(" " + key)) return g;
  }
  if (IsAcronym(c.mention.text) || key.size() < 5) return -1;
  for (size_t g = 0; g < groups.size(); ++g) {
    // Variants share their first letter (the skeleton keeps it): a cheap
    // filter before the full comparison.
    if (groups[g].key[0] != key[0] || groups[g].fixed_name ||
        !Compatible(groups[g].entity.kind, c.kind))
      continue;
    if (SpellingSimilarity(groups[g].key, key) >= 0.8)
      return static_cast<int>(g);
  }
  return -1;
}

// "Popular Mobilization Forces (PMF)": the acronym right after its
// expansion, with matching initials.
void NoteAcronym(const std::vector<Candidate>& candidates, size_t i, int group,
                 std::map<std::string, int>* acronyms) {
  if (i + 1 >= candidates.size()) return;
  const Candidate& next = candidates[i + 1];
  const Candidate& c = candidates[i];
  if (next.mention.paragraph != c.mention.paragraph ||
      next.mention.begin > c.mention.end + 3 || !IsAcronym(next.mention.text))
    return;
  if (Initials(c.mention.text) == AcronymLetters(next.mention.text)) {
    (*acronyms)[NormalizeName(next.mention.text)] = group;
  }
}

void AddMention(const Candidate& c, Group* g) {
  Entity& e = g->entity;
  e.mentions.push_back(c.mention);
  if (e.role.empty()) e.role = c.role;
  if (c.confidence > g->best && !g->fixed_name) {
    if (e.kind == EntityKind::kOther || c.confidence > g->best + 0.2 ||
        c.kind == e.kind)
      e.kind = c.kind;
  }
  g->best = std::max(g->best, c.confidence);
  if (!g->fixed_name && !IsAcronym(c.mention.text) &&
      c.mention.text.size() > e.name.size() && c.alias_of.empty()) {
    e.name = c.mention.text;
    g->key = NormalizeName(e.name);
  }
}

Group NewGroup(const Candidate& c, const std::string& key) {
  Group g;
  g.key = key;
  g.fixed_name = !c.canonical.empty();
  g.entity.name = g.fixed_name ? c.canonical : c.mention.text;
  g.entity.kind = c.kind;
  return g;
}

Entity Finish(Group g, const std::string& site_key) {
  Entity e = std::move(g.entity);
  if (!site_key.empty() && g.key == site_key) e.kind = EntityKind::kOutlet;
  e.confidence = g.best;
  std::string name_key = NormalizeName(e.name);
  for (const EntityMention& m : e.mentions) {
    if (NormalizeName(m.text) == name_key) continue;
    if (std::find(e.aliases.begin(), e.aliases.end(), m.text) ==
        e.aliases.end())
      e.aliases.push_back(m.text);
  }
  return e;
}

}  // namespace

std::vector<Entity> GroupCandidates(std::vector<Candidate> candidates,
                                    const std::string& site) {
  std::vector<Group> groups;
  std::map<std::string, int> acronyms;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    std::string key =
        NormalizeName(c.canonical.empty() ? c.mention.text : c.canonical);
    int g = FindGroup(groups, acronyms, c, key);
    if (g < 0) {
      if (c.confidence <= 0) continue;
      g = static_cast<int>(groups.size());
      groups.push_back(NewGroup(c, key));
    }
    AddMention(c, &groups[g]);
    NoteAcronym(candidates, i, g, &acronyms);
  }
  std::string site_key = NormalizeName(site);
  std::vector<Entity> entities;
  for (Group& g : groups) entities.push_back(Finish(std::move(g), site_key));
  return entities;
}

}  // namespace corroborate::entities
