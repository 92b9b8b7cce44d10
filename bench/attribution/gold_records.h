// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The loop shared by the feature dumpers that training scripts read
// (cue_features, attribution_features): each PolNeAR JSONL record with the
// code-point ranges of its gold cues, so that rows can be labelled by
// whether they overlap one.

#pragma once

#include <cstddef>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace corroborate::bench {

using GoldCues = std::vector<std::pair<size_t, size_t>>;

// True when [begin, end) overlaps one of `cues`.
inline bool OverlapsGoldCue(const GoldCues& cues, size_t begin, size_t end) {
  for (const auto& [cue_begin, cue_end] : cues) {
    if (begin < cue_end && cue_begin < end) return true;
  }
  return false;
}

// Runs `visit(id, text, cues)` for every record of the file named by the
// only argument. Returns the process exit code (2 on a usage error or an
// unreadable file, with a message naming `tool`).
inline int ForEachGoldRecord(
    int argc, char** argv, const char* tool,
    const std::function<void(const std::string&, const std::string&,
                             const GoldCues&)>& visit) {
  if (argc != 2) {
    std::cerr << "usage: " << tool << " PolNeAR.jsonl\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << tool << ": cannot read " << argv[1] << "\n";
    return 2;
  }
  for (std::string line; std::getline(in, line);) {
    const nlohmann::json record = nlohmann::json::parse(line);
    GoldCues cues;
    for (const auto& a : record["attributions"]) {
      for (const auto& span : a["cue"])
        cues.emplace_back(span[0].get<size_t>(), span[1].get<size_t>());
    }
    visit(record["id"].get<std::string>(),
          record["text"].get_ref<const std::string&>(), cues);
  }
  return 0;
}

}  // namespace corroborate::bench
