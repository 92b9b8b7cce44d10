// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// cue_features PolNeAR.jsonl: one line per word token outside quotation
// marks, "DOC<TAB>LABEL<TAB>WORD<TAB>FEATURE FEATURE ...<TAB>BEGIN<TAB>END",
// where LABEL is 1 iff the token overlaps a gold cue span and BEGIN, END
// are its code points. The input of
// tools/train_cue_classifier.py; the features are the classifier's own
// (src/analyze/cue_classifier.cc).

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyze/text_attributor.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: cue_features PolNeAR.jsonl\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "cue_features: cannot read " << argv[1] << "\n";
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
    for (const auto& row : corroborate::analyze::CueFeatureRows(text)) {
      bool label = false;
      for (const auto& [begin, end] : cues)
        label = label || (row.range.begin < end && begin < row.range.end);
      std::cout << record["id"].get<std::string>() << '\t' << label << '\t'
                << row.word << '\t';
      for (size_t i = 0; i < row.features.size(); ++i)
        std::cout << (i ? " " : "") << row.features[i];
      std::cout << '\t' << row.range.begin << '\t' << row.range.end << '\n';
    }
  }
  return 0;
}
