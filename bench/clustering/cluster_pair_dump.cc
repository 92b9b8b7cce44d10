// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Writes the same-event pair features (src/link/pair_features.h) of every
// pair of a labelled set that the event level would score (published at
// most kMaxDaysApart days apart, or undated) as TSV, with the gold answer:
//   a  b  same  body_cosine ... days_apart
// tools/cluster_train_pair_model.py fits models/cluster_pair_model.tsv from
// the dump of polnear-train-events.jsonl.

#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "link/event_terms.h"
#include "link/labelled_set.h"
#include "link/pair_features.h"

int main(int argc, char** argv) {
  namespace link = corroborate::link;
  CLI::App app{"Dump same-event pair features of a labelled set"};
  std::string path;
  app.add_option("set", path, "Labelled JSONL set")->required();
  CLI11_PARSE(app, argc, argv);
  const auto set = corroborate::testing::LoadLabelledSet(path);
  if (set.articles.empty()) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return 1;
  }
  const link::PairFeatureTable table(set.articles);
  std::printf("a\tb\tsame");
  for (auto name : link::PairFeatureNames())
    std::printf("\t%.*s", static_cast<int>(name.size()), name.data());
  std::printf("\n");
  const int n = static_cast<int>(set.articles.size());
  for (int a = 0; a < n; ++a) {
    for (int b = a + 1; b < n; ++b) {
      const link::PairFeatures f = table.Features(a, b);
      if (f[link::kDaysApart] > link::kMaxDaysApart) continue;
      std::printf("%d\t%d\t%d", a, b,
                  set.labels[static_cast<size_t>(a)] ==
                      set.labels[static_cast<size_t>(b)]);
      for (double x : f) std::printf("\t%.6g", x);
      std::printf("\n");
    }
  }
  return 0;
}
