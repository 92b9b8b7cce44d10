// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Gazetteer lookups and the loader of the file that
// data/gazetteer/build_gazetteer.js writes.

#include <algorithm>
#include <charconv>
#include <fstream>
#include <string>
#include <utility>

#include "corroborate/entities.h"

#include "entities/name_matcher.h"
#include "util/read_stream.h"
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

// The 10 tab-separated fields of a record, without a vector per line (the
// file has about 140,000 lines and every run reads it).
bool SplitFields(std::string_view line, std::string_view (&f)[10]) {
  size_t n = 0;
  for (size_t start = 0;;) {
    size_t tab = line.find('\t', start);
    if (n == 10) return false;
    f[n++] = line.substr(start, tab == std::string_view::npos
                                    ? std::string_view::npos
                                    : tab - start);
    if (tab == std::string_view::npos) return n == 10;
    start = tab + 1;
  }
}

bool ParseEntry(std::string_view line, GazetteerEntry* entry) {
  std::string_view f[10];
  if (!SplitFields(line, f) || f[0].size() != 1) return false;
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

// Makes room for `needed` elements, at least doubling: entries added one at a
// time (Gazetteer::Add) then do not reallocate on every call, and the loaded
// file reserves once.
template <typename Container>
void ReserveGeometric(Container* c, size_t needed) {
  if (needed > c->capacity()) c->reserve(std::max(needed, 2 * c->capacity()));
}

}  // namespace

void Gazetteer::AddKey(std::vector<NameKey>* index, std::string_view key,
                       uint32_t entry) {
  uint64_t head = 0;
  for (size_t i = 0; i < 8; ++i) {
    head =
        head << 8 | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0);
  }
  index->push_back({head, static_cast<uint32_t>(keys_.size()),
                    static_cast<uint32_t>(key.size()), entry});
  keys_ += key;
}

void Gazetteer::MergeNewKeys(std::vector<NameKey>* index, size_t sorted) {
  // Keys hold no NUL byte, so heads order as the keys do wherever they
  // differ.
  auto less = [this](const NameKey& a, const NameKey& b) {
    if (a.head != b.head) return a.head < b.head;
    std::string_view x = KeyText(a), y = KeyText(b);
    return x != y ? x < y : a.entry < b.entry;
  };
  auto same = [this](const NameKey& a, const NameKey& b) {
    return a.head == b.head && a.entry == b.entry && KeyText(a) == KeyText(b);
  };
  auto middle = index->begin() + static_cast<std::ptrdiff_t>(sorted);
  std::sort(middle, index->end(), less);
  std::inplace_merge(index->begin(), middle, index->end(), less);
  index->erase(std::unique(index->begin(), index->end(), same), index->end());
}

void Gazetteer::Add(GazetteerEntry entry) {
  std::vector<GazetteerEntry> one;
  one.push_back(std::move(entry));
  AddAll(std::move(one));
}

void Gazetteer::AddAll(std::vector<GazetteerEntry> entries) {
  size_t names = by_name_.size(), skeletons = by_skeleton_.size();
  size_t new_names = 0, new_bytes = 0;
  for (const GazetteerEntry& entry : entries) {
    new_names += 1 + entry.aliases.size();
    new_bytes += entry.name.size();
    for (const std::string& alias : entry.aliases) new_bytes += alias.size();
  }
  ReserveGeometric(&by_name_, names + new_names);
  ReserveGeometric(&by_skeleton_, skeletons + new_names);
  // A skeleton is never longer than its folded name, which is about the
  // length of the name.
  ReserveGeometric(&keys_, keys_.size() + 2 * new_bytes);
  for (size_t i = 0; i < entries.size(); ++i) {
    const GazetteerEntry& entry = entries[i];
    uint32_t index = static_cast<uint32_t>(entries_.size() + i);
    auto add_name = [&](const std::string& name) {
      std::string key = entities::NormalizeName(name);
      if (key.empty()) return;
      AddKey(&by_skeleton_, entities::Skeleton(key), index);
      AddKey(&by_name_, key, index);
    };
    add_name(entry.name);
    for (const std::string& alias : entry.aliases) add_name(alias);
    if (entry.kind == 'C') {
      for (const std::string& capital : entry.capitals) {
        by_capital_.emplace(entities::NormalizeName(capital), index);
      }
      by_code_.emplace(entry.country, index);
    }
    if ((entry.kind == 'C' || entry.kind == 'R') && !entry.demonym.empty())
      by_demonym_.emplace(entities::NormalizeName(entry.demonym), index);
  }
  MergeNewKeys(&by_name_, names);
  MergeNewKeys(&by_skeleton_, skeletons);
  if (entries_.empty()) {
    entries_ = std::move(entries);  // the loaded file: no copy at all
    return;
  }
  ReserveGeometric(&entries_, entries_.size() + entries.size());
  for (GazetteerEntry& entry : entries) entries_.push_back(std::move(entry));
}

std::vector<const GazetteerEntry*> Gazetteer::Lookup(
    const std::vector<NameKey>& index, std::string_view key) const {
  std::vector<const GazetteerEntry*> out;
  auto it = std::lower_bound(index.begin(), index.end(), key,
                             [this](const NameKey& k, std::string_view wanted) {
                               return KeyText(k) < wanted;
                             });
  for (; it != index.end() && KeyText(*it) == key; ++it) {
    out.push_back(&entries_[it->entry]);
  }
  return out;
}

std::vector<const GazetteerEntry*> Gazetteer::Find(
    std::string_view name) const {
  return Lookup(by_name_, entities::NormalizeName(name));
}

std::vector<const GazetteerEntry*> Gazetteer::FindBySkeleton(
    std::string_view name) const {
  return Lookup(by_skeleton_,
                entities::Skeleton(entities::NormalizeName(name)));
}

const GazetteerEntry* Gazetteer::CountryByCapital(std::string_view name) const {
  return FindOne(by_capital_, entries_, name);
}

const GazetteerEntry* Gazetteer::PlaceByDemonym(std::string_view name) const {
  return FindOne(by_demonym_, entries_, name);
}

const GazetteerEntry* Gazetteer::Country(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? nullptr : &entries_[it->second];
}

Result<Gazetteer> LoadGazetteer(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path, "cannot open gazetteer");
  std::string text = util::ReadStream(in);
  std::vector<GazetteerEntry> entries;
  entries.reserve(
      static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  std::string_view rest = text;
  for (int number = 1; !rest.empty(); ++number) {
    size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    // Parsed in place: a move per record was a twentieth of the load.
    if (!ParseEntry(line, &entries.emplace_back())) {
      return Status::Corruption(
          path, "bad gazetteer record on line " + std::to_string(number));
    }
  }
  Gazetteer gazetteer;
  gazetteer.AddAll(std::move(entries));
  return gazetteer;
}

}  // namespace corroborate
