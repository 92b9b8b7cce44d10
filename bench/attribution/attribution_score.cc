// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// attribution_score GOLD.jsonl PREDICTED.jsonl: prints the span scores of
// `corroborate attribute` output against PolNeAR-style gold (see
// attribution_scorer.h). Gold articles missing from the predictions count
// as predicting nothing. Exit status 2 on unreadable input.

#include <fstream>
#include <iostream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "attribution_scorer.h"

namespace {

using corroborate::bench::ParseAttributions;
using corroborate::bench::Scores;
using corroborate::bench::SpanAttribution;

// id -> attributions of every valid line of `path`; false if unreadable.
bool ReadFile(const std::string& path,
              std::map<std::string, std::vector<SpanAttribution>>* out) {
  std::ifstream in(path);
  if (!in) return false;
  for (std::string line; std::getline(in, line);) {
    nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (!record.is_object() || !record.contains("id")) continue;
    (*out)[record["id"].dump()] =
        ParseAttributions(record.value("attributions", nlohmann::json()));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: attribution_score GOLD.jsonl PREDICTED.jsonl\n";
    return 2;
  }
  std::map<std::string, std::vector<SpanAttribution>> gold, predicted;
  if (!ReadFile(argv[1], &gold) || !ReadFile(argv[2], &predicted)) {
    std::cerr << "attribution_score: cannot read input\n";
    return 2;
  }
  Scores total;
  for (const auto& [id, attributions] : gold) {
    auto it = predicted.find(id);
    total.Add(corroborate::bench::ScoreDocument(
        attributions,
        it == predicted.end() ? std::vector<SpanAttribution>() : it->second));
  }
  std::cout << gold.size() << " documents\n"
            << corroborate::bench::FormatTable(total);
  return 0;
}
