// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// MergeAcrossArticles: union-find over the entities of several reports,
// joined when a name or alias of one matches one of the other by spelling
// (entities/name_matcher.h) and their kinds agree.

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <utility>

#include "corroborate/entities.h"

#include "analyze/given_names.h"
#include "entities/name_matcher.h"
#include "util/split.h"

namespace corroborate {
namespace {

// Links weaker than this are not followed: 0.75 is SpellingSimilarity's
// whole-name skeleton match, the weakest rule that held on
// tests/data/entities/name_pairs.tsv.
constexpr double kMinLink = 0.75;

// A person kind no rule but the name's length gave ("Kessler Motoren",
// "Jinhai Power Cells"): as likely a company, so no evidence of a kind,
// unless a first name opens it ("Peter Wehner"). The finder's fallback
// person confidence is 0.5 (entity_finder.cc).
constexpr double kGuessedKindConfidence = 0.5;

struct Node {
  int report = 0, entity = 0;
  const Entity* e = nullptr;
  EntityKind kind = EntityKind::kOther;  // e->kind, kOther if only guessed
  std::vector<std::string> names;  // name, plus aliases safe across articles
  int64_t gazetteer_id = 0;        // the place it resolved to, 0 if none
};

// A person by the fallback whose first word is no known first name.
EntityKind KnownKind(const Entity& e) {
  if (e.kind != EntityKind::kPerson || e.confidence > kGuessedKindConfidence)
    return e.kind;
  const std::string first =
      entities::NormalizeName(e.name.substr(0, e.name.find(' ')));
  return analyze::SexOfGivenName(first) != analyze::GivenNameSex::kUnknown
             ? EntityKind::kPerson
             : EntityKind::kOther;
}

// `kind` is KnownKind(e).
std::vector<std::string> MatchNames(const Entity& e, EntityKind kind) {
  std::vector<std::string> names = {e.name};
  for (const std::string& alias : e.aliases) {
    // A person's lone surname says nothing across articles: two stories
    // may name two people "Saar".
    bool single = alias.find(' ') == std::string::npos;
    if (kind == EntityKind::kPerson && single) continue;
    names.push_back(alias);
  }
  return names;
}

// The gazetteer entry a place or country entity of `report` resolved to
// (ResolvePlaces matched it by a name it is written with), else 0.
int64_t GazetteerIdOf(const Entity& e, const EntityReport& report) {
  if (e.kind != EntityKind::kPlace && e.kind != EntityKind::kCountry) return 0;
  for (const Place& p : report.places) {
    if (p.gazetteer_id == 0) continue;
    if (p.canonical == e.name || p.name == e.name) return p.gazetteer_id;
    // A country's aliases may be its capital ("Washington"), another entry.
    if (e.kind == EntityKind::kCountry) continue;
    for (const EntityMention& m : e.mentions)
      if (p.name == m.text) return p.gazetteer_id;
  }
  return 0;
}

bool KindsAgree(EntityKind a, EntityKind b) {
  if (a == b || a == EntityKind::kOther || b == EntityKind::kOther) return true;
  // Outlets and organisations are often told apart only by context.
  auto body = [](EntityKind k) {
    return k == EntityKind::kOrganization || k == EntityKind::kOutlet;
  };
  return body(a) && body(b);
}

double Link(const Node& x, const Node& y) {
  if (!KindsAgree(x.kind, y.kind)) return 0;
  // Places resolved to two gazetteer entries are two places ("Shanghai",
  // "Shenyang"), however alike their spellings.
  if (x.gazetteer_id != 0 && y.gazetteer_id != 0 &&
      x.gazetteer_id != y.gazetteer_id)
    return 0;
  // Countries carry gazetteer names: two different ones never merge.
  if (x.e->kind == EntityKind::kCountry && y.e->kind == EntityKind::kCountry)
    return x.e->name == y.e->name ? 1.0 : 0;
  double best = 0;
  for (const std::string& a : x.names) {
    for (const std::string& b : y.names) {
      best = std::max(best, entities::SpellingSimilarity(a, b));
    }
  }
  return best;
}

// Nodes with equal keys are the same entity: the same names, kind and
// resolved place (two "Valdez" in two countries are two keys).
std::string IdentityKey(const Node& n) {
  std::vector<std::string> names;
  for (const std::string& name : n.names)
    names.push_back(entities::NormalizeName(name));
  std::sort(names.begin(), names.end());
  std::string key = std::to_string(static_cast<int>(n.kind)) + "|" +
                    std::to_string(n.gazetteer_id);
  for (const std::string& name : names) key += "|" + name;
  return key;
}

// Keys two names that SpellingSimilarity may join share: the whole name's
// skeleton, each word's skeleton, and the initials an acronym stands for.
// (One letter changed in a long word, "Kadhafi"/"Gadhafi", may share none:
// the price of not comparing everything with everything.)
std::vector<std::string> BlockingKeys(const Node& n) {
  std::vector<std::string> keys;
  for (const std::string& name : n.names) {
    const std::string normalized = entities::NormalizeName(name);
    if (normalized.empty()) continue;
    keys.push_back("s:" + entities::Skeleton(normalized));
    for (std::string_view word : util::SplitSkippingEmpty(normalized, ' ')) {
      if (word.size() >= 3) keys.push_back("w:" + entities::Skeleton(word));
    }
    const std::string initials =
        entities::IsAcronym(name) ? entities::AcronymLetters(name)
        : normalized.find(' ') != std::string::npos ? entities::Initials(name)
                                                    : "";
    if (initials.size() >= 2) keys.push_back("a:" + initials);
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

int Root(std::vector<int>& parent, int i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

}  // namespace

std::vector<EntityCluster> MergeAcrossArticles(
    const std::vector<EntityReport>& reports) {
  std::vector<Node> nodes;
  for (size_t r = 0; r < reports.size(); ++r) {
    for (size_t i = 0; i < reports[r].entities.size(); ++i) {
      const Entity& e = reports[r].entities[i];
      const EntityKind kind = KnownKind(e);
      nodes.push_back({static_cast<int>(r), static_cast<int>(i), &e, kind,
                       MatchNames(e, kind), GazetteerIdOf(e, reports[r])});
    }
  }
  std::vector<int> parent(nodes.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<double> weakest(nodes.size(), 1.0);
  auto join = [&](size_t i, size_t j, double link) {
    int a = Root(parent, static_cast<int>(i)),
        b = Root(parent, static_cast<int>(j));
    if (a == b) return;
    parent[b] = a;
    weakest[a] = std::min({weakest[a], weakest[b], link});
  };
  // All pairs cost seconds for a story of hundreds of articles ("Trump" in
  // every one), so the same entity written the same way is joined at once,
  // and only representatives that share a blocking key are compared.
  std::map<std::string, size_t> first_of;  // identity key -> first node
  std::vector<size_t> representatives;
  for (size_t i = 0; i < nodes.size(); ++i) {
    auto [it, fresh] = first_of.emplace(IdentityKey(nodes[i]), i);
    if (fresh) {
      representatives.push_back(i);
    } else {
      join(it->second, i, 1.0);
    }
  }
  std::map<std::string, std::vector<size_t>> blocks;
  for (size_t i : representatives) {
    for (const std::string& key : BlockingKeys(nodes[i]))
      blocks[key].push_back(i);
  }
  std::set<std::pair<size_t, size_t>> compared;
  for (const auto& [key, members] : blocks) {
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        const size_t i = members[x], j = members[y];
        if (Root(parent, static_cast<int>(i)) ==
                Root(parent, static_cast<int>(j)) ||
            !compared.insert({i, j}).second)
          continue;
        const double link = Link(nodes[i], nodes[j]);
        if (link >= kMinLink) join(i, j, link);
      }
    }
  }
  std::map<int, size_t> cluster_of;
  std::vector<EntityCluster> clusters;
  for (size_t i = 0; i < nodes.size(); ++i) {
    int root = Root(parent, static_cast<int>(i));
    auto [it, fresh] = cluster_of.emplace(root, clusters.size());
    if (fresh) clusters.emplace_back();
    EntityCluster& c = clusters[it->second];
    c.members.push_back({nodes[i].report, nodes[i].entity});
    c.confidence = weakest[root];
    c.names.push_back(nodes[i].e->name);
    for (const std::string& n : nodes[i].e->aliases) c.names.push_back(n);
    if (c.kind == EntityKind::kOther) c.kind = nodes[i].kind;
  }
  // A cluster of guessed kinds only keeps the guess ("Yoon Ha-eun").
  for (size_t i = 0; i < nodes.size(); ++i) {
    EntityCluster& c =
        clusters[cluster_of.at(Root(parent, static_cast<int>(i)))];
    if (c.kind == EntityKind::kOther) c.kind = nodes[i].e->kind;
  }
  for (EntityCluster& c : clusters) {
    std::map<std::string, int> counts;
    for (const EntityCluster::Member& m : c.members)
      ++counts[reports[m.report].entities[m.entity].name];
    c.name = std::max_element(counts.begin(), counts.end(),
                              [](const auto& a, const auto& b) {
                                return a.second < b.second;
                              })
                 ->first;
    std::sort(c.names.begin(), c.names.end());
    c.names.erase(std::unique(c.names.begin(), c.names.end()), c.names.end());
  }
  return clusters;
}

}  // namespace corroborate
