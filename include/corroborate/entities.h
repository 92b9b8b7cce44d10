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

// What an entity is.
enum class EntityKind {
  kOther = 0,
  kPerson,        // "Prime Minister Benjamin Netanyahu"
  kOrganization,  // "Popular Mobilization Forces", "the Defense Ministry"
  kOutlet,        // "Al-Hadath TV", "the Saudi-owned newspaper X"
  kCountry,       // "Iraq", "Russian Federation", "Washington" (metonymy)
  kPlace,         // a town, region or landmark ("Balad", "Golan Heights")
};

// Returns "person", "organization", "outlet", "country", "place", "other".
std::string_view ToString(EntityKind kind);

// One occurrence of an entity in the article.
struct EntityMention {
  int paragraph = 0;  // index into Article::paragraphs; -1 for the title
  size_t begin = 0;   // byte offset in that paragraph's text
  size_t end = 0;     // one past the last byte
  std::string text;   // as written ("PMF", "Saar", "Washington")
};

// A person, organisation, outlet, country or place named by one article.
struct Entity {
  std::string name;  // canonical: the longest full form, or the gazetteer name
  EntityKind kind = EntityKind::kOther;
  std::vector<EntityMention> mentions;  // in text order
  // Title or role given with the name ("Prime Minister", "army spokesman
  // Major General"); "" if none.
  std::string role;
  // Other names the article uses for it: its acronym ("PMF"), short name
  // ("Saar"), spelling variants, or a capital used for the government
  // ("Washington"). Distinct, never equal to `name`.
  std::vector<std::string> aliases;
  double confidence = 0;  // 0..1 that the span is this entity of this kind
};

// A place name resolved against the gazetteer.
struct Place {
  std::string name;       // as written ("Balad", "Salaheddin")
  std::string canonical;  // the gazetteer's name ("Balad", "Salah ad Din")
  std::string country;    // ISO 3166-1 alpha-2 ("IQ"); "" if unresolved
  double latitude = 0;
  double longitude = 0;
  int64_t gazetteer_id = 0;  // GeoNames id of a place, ISO numeric code of a
                             // country, < 0 for an admin region, 0 if none
  int paragraph = 0;         // first mention: paragraph index
  size_t begin = 0;          // byte offset in that paragraph
  // 0..1: 1 for an exact unambiguous name, lower for a name found in several
  // countries or matched by its spelling skeleton only.
  double confidence = 0;
};

// What a date in the article dates.
enum class DateKind {
  kPublication,   // when the article was published
  kEvent,         // a date in body text
  kPhotoCaption,  // a date in a photo caption or credit: when the photo was
                  // taken, not when the reported event happened
};

// Returns "publication", "event", "photo_caption".
std::string_view ToString(DateKind kind);

// One date the article states or implies.
struct DateMention {
  std::string text;   // as written ("Oct. 17, 2022", "on Tuesday")
  int paragraph = 0;  // index into Article::paragraphs; -1 for metadata
  size_t begin = 0;   // byte offset in that paragraph's text
  std::string date;   // ISO 8601 "2022-10-17"; "" if it could not be anchored
  // The date (or its year) was inferred from the article date rather than
  // written out in full ("on Tuesday", "last week", "July 19").
  bool inferred = false;
  std::string anchor;  // how it was found: "explicit", "year from article
                       // date", "relative to 2019-08-21", "metadata", ...
  DateKind kind = DateKind::kEvent;
};

// What FindEntities learned about one article.
struct EntityReport {
  std::string article;  // Article::id
  std::vector<Entity> entities;
  std::vector<Place> places;  // distinct places, in order of first mention
  std::vector<DateMention> dates;
};

// One record of the gazetteer file (see data/gazetteer/build_gazetteer.js).
struct GazetteerEntry {
  char kind = 'P';  // 'C' country, 'A' admin1 region, 'P' populated place
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
  void Add(GazetteerEntry entry);

  // Entries whose name or alias folds (case and accents) to `name`'s folding.
  std::vector<const GazetteerEntry*> Find(std::string_view name) const;
  // Entries whose spelling skeleton (docs/entities.md) equals `name`'s.
  std::vector<const GazetteerEntry*> FindBySkeleton(
      std::string_view name) const;
  // The country whose capital is `name`, else nullptr.
  const GazetteerEntry* CountryByCapital(std::string_view name) const;
  // The country whose demonym is `name` ("Iraqi"), else nullptr.
  const GazetteerEntry* CountryByDemonym(std::string_view name) const;
  // The country with ISO code `code`, else nullptr.
  const GazetteerEntry* Country(std::string_view code) const;

  size_t size() const { return entries_.size(); }

 private:
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, std::vector<size_t>> by_name_;
  std::unordered_map<std::string, std::vector<size_t>> by_skeleton_;
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
