// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// attribution_features PolNeAR.jsonl: one line per candidate attribution
// of `corroborate attribute` before the attribution filter, "doc<TAB>label
// <TAB>features" (space-separated), label 1 iff its cue overlaps a gold cue
// of the document. The rows tools/train_attribution_filter.py learns from.

#include <iostream>
#include <string>

#include "analyze/text_attributor.h"
#include "gold_records.h"

int main(int argc, char** argv) {
  using corroborate::bench::GoldCues;
  return corroborate::bench::ForEachGoldRecord(
      argc, argv, "attribution_features",
      [](const std::string& id, const std::string& text, const GoldCues& cues) {
        for (const auto& row :
             corroborate::analyze::AttributionFilterRows(text)) {
          bool label = false;
          for (const auto& range : row.cue) {
            label = label || corroborate::bench::OverlapsGoldCue(
                                 cues, range.begin, range.end);
          }
          std::cout << id << '\t' << label << '\t';
          for (size_t i = 0; i < row.features.size(); ++i)
            std::cout << (i ? " " : "") << row.features[i];
          std::cout << '\n';
        }
      });
}
