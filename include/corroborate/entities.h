// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The entities stage (between analyze and link): named entities, places and
// dates of one article, and the merging of name variants across articles
// ("Salaheddin"/"Salahuddin", "PMF"/"Popular Mobilization Forces",
// "Russia"/"Russian Federation"). See docs/entities.md.
//
// Everything here is a plain value. A Gazetteer is immutable once loaded and
// may be shared between threads; the functions are pure and thread-safe.

#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/status.h"

namespace corroborate {

// What FindEntities learned about one article.
struct EntityReport {
  std::string article;  // Article::id
  std::vector<Entity> entities;
  std::vector<Place> places;  // distinct places, in order of first mention
  std::vector<DateMention> dates;
};

// One record of the gazetteer file (see data/gazetteer/build_gazetteer.js).
struct GazetteerEntry {
  // 'C' country, 'R' world region ("Europe", "Eastern Asia"; no country),
  // 'A' admin1 region, 'P' populated place.
  char kind = 'P';
  int64_t id = 0;
  std::string name;
  std::string country;  // ISO 3166-1 alpha-2
  double latitude = 0;
  double longitude = 0;
  int64_t population = 0;
  std::vector<std::string> aliases;   // official and alternate names
  std::vector<std::string> capitals;  // countries only
  std::string demonym;                // countries only ("Iraqi")
};

// Countries, admin regions and populated places, looked up by name.
class Gazetteer {
 public:
  // Adds one entry and indexes its name, aliases, capitals and demonym.
  // Each call merges into the sorted name indexes (linear in their size):
  // to add many entries, use AddAll.
  void Add(GazetteerEntry entry);
  // Adds `entries` in order with one sort of the name indexes.
  void AddAll(std::vector<GazetteerEntry> entries);

  // Entries whose name or alias folds (case and accents) to `name`'s folding,
  // in the order they were added.
  std::vector<const GazetteerEntry*> Find(std::string_view name) const;
  // Entries whose spelling skeleton (docs/entities.md) equals `name`'s.
  std::vector<const GazetteerEntry*> FindBySkeleton(
      std::string_view name) const;
  // The country whose capital is `name`, else nullptr.
  const GazetteerEntry* CountryByCapital(std::string_view name) const;
  // The country or world region whose demonym is `name` ("Iraqi",
  // "European"), else nullptr.
  const GazetteerEntry* PlaceByDemonym(std::string_view name) const;
  // The country with ISO code `code`, else nullptr.
  const GazetteerEntry* Country(std::string_view code) const;

  size_t size() const { return entries_.size(); }

 private:
  // A folded name (or its skeleton) and the entry it names. The name indexes
  // are vectors of these sorted by (key, entry), not hash maps of vectors:
  // every run loads the whole file (about 140,000 names), and the maps'
  // node and vector allocations were most of a short run's time
  // (docs/entities.md, "Places"). The key's bytes live in keys_, so a key
  // costs no allocation of its own and sorting moves small records, most
  // of them ordered by their first 8 bytes alone.
  struct NameKey {
    uint64_t head;    // the key's first 8 bytes, big-endian, NUL-padded
    uint32_t offset;  // of the key's bytes in keys_
    uint32_t size;
    uint32_t entry;
  };
  std::string_view KeyText(const NameKey& k) const {
    return std::string_view(keys_).substr(k.offset, k.size);
  }
  void AddKey(std::vector<NameKey>* index, std::string_view key,
              uint32_t entry);
  // Sorts the keys of `index` from `sorted` on and merges them into the
  // sorted ones before; a name and an alias of one entry that fold alike
  // count once.
  void MergeNewKeys(std::vector<NameKey>* index, size_t sorted);
  std::vector<const GazetteerEntry*> Lookup(const std::vector<NameKey>& index,
                                            std::string_view key) const;

  std::vector<GazetteerEntry> entries_;
  std::string keys_;
  std::vector<NameKey> by_name_;
  std::vector<NameKey> by_skeleton_;
  std::unordered_map<std::string, size_t> by_capital_;
  std::unordered_map<std::string, size_t> by_demonym_;
  std::unordered_map<std::string, size_t> by_code_;
};

// Reads a gazetteer file. Fails with NotFound for a missing file and
// Corruption for a malformed record.
Result<Gazetteer> LoadGazetteer(const std::string& path);

// Finds the entities, places and dates of an analysed or extracted article.
// Photo captions and credits (Paragraph::reason) are read for entities and
// photo dates; navigation, stray markup and related links are skipped.
EntityReport FindEntities(const Article& article, const Gazetteer& gazetteer);

// 0..1 confidence that two names written in different articles name the same
// entity (0: they do not). Uses spelling skeletons, edit distance and the
// gazetteer's alternate names; never merges distinct gazetteer entries
// ("Iraq"/"Iran", "Austria"/"Australia").
double SameNameConfidence(std::string_view a, std::string_view b,
                          const Gazetteer& gazetteer);

// Entities of several articles that name the same thing.
struct EntityCluster {
  std::string name;  // the most frequent canonical name
  EntityKind kind = EntityKind::kOther;
  std::vector<std::string> names;  // every distinct name and alias, sorted
  struct Member {
    int report = 0;  // index into the input reports
    int entity = 0;  // index into that report's entities
  };
  std::vector<Member> members;
  double confidence = 0;  // the weakest link that joined the cluster
};

// Groups the entities of `reports` across articles. Only clusters with
// members from at least one report are returned (every entity is in one
// cluster); clusters are ordered by first member.
std::vector<EntityCluster> MergeAcrossArticles(
    const std::vector<EntityReport>& reports);

}  // namespace corroborate
