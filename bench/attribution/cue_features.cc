// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// cue_features PolNeAR.jsonl: one line per word token outside quotation
// marks, "DOC<TAB>LABEL<TAB>WORD<TAB>FEATURE FEATURE ...<TAB>BEGIN<TAB>END",
// where LABEL is 1 iff the token overlaps a gold cue span and BEGIN, END
// are its code points. The input of
// tools/train_cue_classifier.py; the features are the classifier's own
// (src/analyze/cue_classifier.cc).

#include <iostream>
#include <string>

#include "analyze/text_attributor.h"
#include "gold_records.h"

int main(int argc, char** argv) {
  using corroborate::bench::GoldCues;
  return corroborate::bench::ForEachGoldRecord(
      argc, argv, "cue_features",
      [](const std::string& id, const std::string& text, const GoldCues& cues) {
        for (const auto& row : corroborate::analyze::CueFeatureRows(text)) {
          const bool label = corroborate::bench::OverlapsGoldCue(
              cues, row.range.begin, row.range.end);
          std::cout << id << '\t' << label << '\t' << row.word << '\t';
          for (size_t i = 0; i < row.features.size(); ++i)
            std::cout << (i ? " " : "") << row.features[i];
          std::cout << '\t' << row.range.begin << '\t' << row.range.end << '\n';
        }
      });
}
