// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// cue_features PolNeAR.jsonl: one line per word token outside quotation
// marks, "DOC<TAB>LABEL<TAB>WORD<TAB>FEATURE FEATURE ...<TAB>BEGIN<TAB>END",
// where LABEL is 1 iff the token overlaps a gold cue span and BEGIN, END
// are its code points. The input of
// tools/train_cue_classifier.py; the features are the classifier's own
// (src/analyze/cue_classifier.cc). With $CUE_FIRST_MODEL set to a
// first-pass model file, each row also holds the second-pass features
// (StackFeatures) of that model.

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "analyze/cue_classifier.h"
#include "analyze/text_attributor.h"
#include "gold_records.h"

int main(int argc, char** argv) {
  using corroborate::analyze::CueClassifier;
  using corroborate::bench::GoldCues;
  // $CUE_FIRST_MODEL: a first-pass model whose StackFeatures are added.
  std::unique_ptr<CueClassifier> first;
  if (const char* path = std::getenv("CUE_FIRST_MODEL"); path && *path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    first = std::make_unique<CueClassifier>(CueClassifier::Parse(text.str()));
  }
  return corroborate::bench::ForEachGoldRecord(
      argc, argv, "cue_features",
      [&](const std::string& id, const std::string& text,
          const GoldCues& cues) {
        for (const auto& row :
             corroborate::analyze::CueFeatureRows(text, first.get())) {
          const bool label = corroborate::bench::OverlapsGoldCue(
              cues, row.range.begin, row.range.end);
          std::cout << id << '\t' << label << '\t' << row.word << '\t';
          for (size_t i = 0; i < row.features.size(); ++i)
            std::cout << (i ? " " : "") << row.features[i];
          std::cout << '\t' << row.range.begin << '\t' << row.range.end << '\n';
        }
      });
}
