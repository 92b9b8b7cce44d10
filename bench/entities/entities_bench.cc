// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The entities evaluator and speed benchmark (docs/entities.md):
//   1. seeds: gold.json's entity_merges, places and photo_dates;
//   2. tests/data/entities/name_pairs.tsv: merge precision and recall;
//   3. tests/data/entities/places.tsv: geocoding accuracy (country);
//   4. speed of FindEntities (entities, places, dates) on PolNeAR dev.
//   usage: entities_bench [--verbose] [--set DIR]  (--set: only step 1, on DIR)

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "corroborate/entities.h"
#include "corroborate/extract.h"
#include "corroborate/ingest.h"

namespace corroborate {
namespace {

namespace fs = std::filesystem;
bool verbose = false;

std::vector<std::vector<std::string>> ReadTsv(const fs::path& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> row;
    std::stringstream ss(line);
    for (std::string f; std::getline(ss, f, '\t');) row.push_back(f);
    rows.push_back(row);
  }
  return rows;
}

Article Seed(const fs::path& file) {
  Result<std::vector<Article>> r =
      IngestFile(file.string(), IngestOptions{}, [](const Status&) {});
  if (!r.ok() || r.value().empty()) return Article{};
  Article a = r.value()[0];
  ExtractBody(&a, ExtractOptions{});
  return a;
}

bool HasPlace(const EntityReport& r, const std::string& name,
              const Gazetteer& g) {
  for (const Place& p : r.places) {
    if (SameNameConfidence(p.name, name, g) >= 0.75 ||
        SameNameConfidence(p.canonical, name, g) >= 0.75)
      return true;
  }
  return false;
}

// `dir` holds .txt articles and a gold.json in the seeds' schema (the seeds,
// or a set such as tests/data/newsroom_dev given with --set).
void Seeds(const Gazetteer& g, const fs::path& dir) {
  const std::string name = dir.filename().string();
  std::ifstream in(dir / "gold.json");
  nlohmann::json gold = nlohmann::json::parse(in);
  int pairs = 0, merged = 0;
  for (const auto& group : gold["entity_merges"]) {
    for (size_t i = 0; i < group.size(); ++i)
      for (size_t j = i + 1; j < group.size(); ++j, ++pairs) {
        const std::string a = group[i], b = group[j];
        const bool same = SameNameConfidence(a, b, g) > 0;
        merged += same;
        if (!same) std::printf("  not merged: %s / %s\n", a.c_str(), b.c_str());
      }
  }
  std::printf("%s: entity_merges %d/%d pairs merged\n", name.c_str(), merged,
              pairs);
  int places = 0, found = 0, photos = 0, photo_ok = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    std::string id = entry.path().filename().string().substr(0, 3);
    EntityReport r = FindEntities(Seed(entry.path()), g);
    if (verbose) {
      for (const Entity& e : r.entities)
        std::printf("  %s %s [%s] %.2f x%zu role=%s\n", id.c_str(),
                    e.name.c_str(), std::string(ToString(e.kind)).c_str(),
                    e.confidence, e.mentions.size(), e.role.c_str());
      for (const DateMention& d : r.dates)
        std::printf("  %s date %s -> %s (%s, %s)\n", id.c_str(), d.text.c_str(),
                    d.date.c_str(), std::string(ToString(d.kind)).c_str(),
                    d.anchor.c_str());
    }
    for (const auto& name : gold["places"].value(id, nlohmann::json::array())) {
      ++places;
      bool ok = HasPlace(r, name, g);
      found += ok;
      if (!ok)
        std::printf("  missing place %s: %s\n", id.c_str(),
                    name.get<std::string>().c_str());
    }
    if (gold["photo_dates"].contains(id)) {
      ++photos;
      for (const DateMention& d : r.dates)
        if (d.kind == DateKind::kPhotoCaption &&
            d.date == gold["photo_dates"][id]) {
          ++photo_ok;
          break;
        }
    }
  }
  std::printf("%s: places %d/%d, photo_dates %d/%d\n", name.c_str(), found,
              places, photo_ok, photos);
}

void Pairs(const Gazetteer& g) {
  int tp = 0, fp = 0, fn = 0, tn = 0;
  for (const auto& row : ReadTsv(fs::path(CORROBORATE_TEST_DATA_DIR) /
                                 "entities/name_pairs.tsv")) {
    if (row.size() < 3) continue;
    bool want = row[0] == "merge";
    bool got = SameNameConfidence(row[1], row[2], g) > 0;
    (want ? (got ? tp : fn) : (got ? fp : tn))++;
    if (want != got)
      std::printf("  pair %s: %s / %s\n", want ? "missed" : "wrongly merged",
                  row[1].c_str(), row[2].c_str());
  }
  std::printf("name pairs: %d merge, %d distinct; precision %.3f recall %.3f\n",
              tp + fn, fp + tn, tp + fp ? double(tp) / (tp + fp) : 0.0,
              tp + fn ? double(tp) / (tp + fn) : 0.0);
}

void Places(const Gazetteer& g) {
  int total = 0, right = 0;
  for (const auto& row :
       ReadTsv(fs::path(CORROBORATE_TEST_DATA_DIR) / "entities/places.tsv")) {
    if (row.size() < 3) continue;
    Article a;
    a.paragraphs.push_back(Paragraph{.text = row[0]});
    EntityReport r = FindEntities(a, g);
    std::string got;
    for (const Place& p : r.places)
      if (p.name == row[1]) got = p.country;
    ++total;
    right += got == row[2];
    if (got != row[2])
      std::printf("  place %s: got '%s', want %s\n", row[1].c_str(),
                  got.c_str(), row[2].c_str());
  }
  std::printf("places: %d/%d geocoded to the right country (%.3f)\n", right,
              total, total ? double(right) / total : 0.0);
}

void Speed(const Gazetteer& g) {
  std::ifstream in(fs::path(CORROBORATE_SHARED_DIR) /
                   "corpus/attribution/polnear-dev.jsonl");
  std::vector<Article> articles;
  size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    std::string text = nlohmann::json::parse(line).value("text", "");
    Article a;
    size_t i = 0;
    while (i < text.size()) {
      size_t j = text.find("\n\n", i);
      if (j == std::string::npos) j = text.size();
      if (j > i)
        a.paragraphs.push_back(Paragraph{.text = text.substr(i, j - i)});
      i = j + 2;
    }
    a.date = "2016-10-01";
    bytes += text.size();
    articles.push_back(std::move(a));
  }
  auto start = std::chrono::steady_clock::now();
  size_t found = 0;
  for (const Article& a : articles) found += FindEntities(a, g).entities.size();
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::printf(
      "speed: %zu articles, %.2f MB in %.2f s: %.2f MB/s on one core "
      "(%zu entities)\n",
      articles.size(), bytes / 1e6, secs, bytes / 1e6 / secs, found);
}

}  // namespace
}  // namespace corroborate

int main(int argc, char** argv) {
  std::string set;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--verbose") corroborate::verbose = true;
    if (arg == "--set" && i + 1 < argc) set = argv[++i];
  }
  auto loaded = corroborate::LoadGazetteer(CORROBORATE_GAZETTEER);
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
    return 1;
  }
  std::printf("gazetteer: %zu entries\n", loaded.value().size());
  if (!set.empty()) {  // one gold set only: merges, places, photo dates
    corroborate::Seeds(loaded.value(), set);
    return 0;
  }
  corroborate::Seeds(
      loaded.value(),
      std::filesystem::path(CORROBORATE_SHARED_DIR) / "corpus/seeds");
  corroborate::Pairs(loaded.value());
  corroborate::Places(loaded.value());
  corroborate::Speed(loaded.value());
  return 0;
}
