// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Gazetteer lookups and the loader of the file that
// data/gazetteer/build_gazetteer.js writes.

#include <charconv>
#include <fstream>
#include <string>
#include <utility>

#include "corroborate/entities.h"

#include "entities/name_matcher.h"
#include "util/split.h"

namespace corroborate {
namespace {

std::vector<std::string> List(std::string_view field) {
  std::vector<std::string> out;
  for (std::string_view part : util::SplitSkippingEmpty(field, '|'))
    out.emplace_back(part);
  return out;
}

template <typename T>
bool ParseNumber(std::string_view s, T* value) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool ParseEntry(std::string_view line, GazetteerEntry* entry) {
  std::vector<std::string_view> f = util::Split(line, '\t');
  if (f.size() != 10 || f[0].size() != 1) return false;
  entry->kind = f[0][0];
  entry->name = std::string(f[2]);
  entry->country = std::string(f[3]);
  entry->aliases = List(f[7]);
  entry->capitals = List(f[8]);
  entry->demonym = std::string(f[9]);
  return ParseNumber(f[1], &entry->id) && ParseNumber(f[4], &entry->latitude) &&
         ParseNumber(f[5], &entry->longitude) &&
         ParseNumber(f[6], &entry->population);
}

const GazetteerEntry* FindOne(
    const std::unordered_map<std::string, size_t>& index,
    const std::vector<GazetteerEntry>& entries, std::string_view name) {
  auto it = index.find(entities::NormalizeName(name));
  return it == index.end() ? nullptr : &entries[it->second];
}

}  // namespace

void Gazetteer::Add(GazetteerEntry entry) {
  size_t index = entries_.size();
  auto add_name = [&](const std::string& name) {
    std::string key = entities::NormalizeName(name);
    if (key.empty()) return;
    std::vector<size_t>& slot = by_name_[key];
    if (slot.empty() || slot.back() != index) slot.push_back(index);
    std::string skeleton = entities::Skeleton(key);
    std::vector<size_t>& sk = by_skeleton_[skeleton];
    if (sk.empty() || sk.back() != index) sk.push_back(index);
  };
  add_name(entry.name);
  for (const std::string& alias : entry.aliases) add_name(alias);
  if (entry.kind == 'C') {
    for (const std::string& capital : entry.capitals) {
      by_capital_.emplace(entities::NormalizeName(capital), index);
    }
    if (!entry.demonym.empty()) {
      by_demonym_.emplace(entities::NormalizeName(entry.demonym), index);
    }
    by_code_.emplace(entry.country, index);
  }
  entries_.push_back(std::move(entry));
}

std::vector<const GazetteerEntry*> Gazetteer::Find(
    std::string_view name) const {
  std::vector<const GazetteerEntry*> out;
  auto it = by_name_.find(entities::NormalizeName(name));
  if (it == by_name_.end()) return out;
  for (size_t i : it->second) out.push_back(&entries_[i]);
  return out;
}

std::vector<const GazetteerEntry*> Gazetteer::FindBySkeleton(
    std::string_view name) const {
  std::vector<const GazetteerEntry*> out;
  auto it =
      by_skeleton_.find(entities::Skeleton(entities::NormalizeName(name)));
  if (it == by_skeleton_.end()) return out;
  for (size_t i : it->second) out.push_back(&entries_[i]);
  return out;
}

const GazetteerEntry* Gazetteer::CountryByCapital(std::string_view name) const {
  return FindOne(by_capital_, entries_, name);
}

const GazetteerEntry* Gazetteer::CountryByDemonym(std::string_view name) const {
  return FindOne(by_demonym_, entries_, name);
}

const GazetteerEntry* Gazetteer::Country(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? nullptr : &entries_[it->second];
}

Result<Gazetteer> LoadGazetteer(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path, "cannot open gazetteer");
  Gazetteer gazetteer;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    GazetteerEntry entry;
    if (!ParseEntry(line, &entry)) {
      return Status::Corruption(
          path, "bad gazetteer record on line " + std::to_string(number));
    }
    gazetteer.Add(std::move(entry));
  }
  return gazetteer;
}

}  // namespace corroborate
