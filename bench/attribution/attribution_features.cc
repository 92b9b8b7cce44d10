// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// attribution_features PolNeAR.jsonl: one line per candidate attribution
// of `corroborate attribute` before the attribution filter, "doc<TAB>label
// <TAB>features" (space-separated), label 1 iff its cue overlaps a gold cue
// of the document. The rows tools/train_attribution_filter.py learns from.

#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyze/text_attributor.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: attribution_features PolNeAR.jsonl\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "attribution_features: cannot read " << argv[1] << "\n";
    return 2;
  }
  for (std::string line; std::getline(in, line);) {
    nlohmann::json record = nlohmann::json::parse(line);
    std::vector<std::pair<size_t, size_t>> cues;
    for (const auto& a : record["attributions"]) {
      for (const auto& span : a["cue"])
        cues.emplace_back(span[0].get<size_t>(), span[1].get<size_t>());
    }
    const std::string& text = record["text"].get_ref<const std::string&>();
    for (const auto& row : corroborate::analyze::AttributionFilterRows(text)) {
      bool label = false;
      for (const auto& range : row.cue) {
        for (const auto& [begin, end] : cues)
          label = label || (range.begin < end && begin < range.end);
      }
      std::cout << record["id"].get<std::string>() << '\t' << label << '\t';
      for (size_t i = 0; i < row.features.size(); ++i)
        std::cout << (i ? " " : "") << row.features[i];
      std::cout << '\n';
    }
  }
  return 0;
}
