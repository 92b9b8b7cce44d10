// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/pair_model.h"

#include <cmath>
#include <sstream>
#include <string>

#include "util/model_file.h"

namespace corroborate::link {

double PairModel::Probability(const PairFeatures& features) const {
  double z = bias;
  for (size_t i = 0; i < features.size(); ++i) z += weights[i] * features[i];
  return 1.0 / (1.0 + std::exp(-z));
}

PairModel ParsePairModel(std::istream& in) {
  PairModel model;
  const auto& names = PairFeatureNames();
  size_t seen = 0;
  bool bias = false, threshold = false;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string name;
    double value = 0;
    if (!(fields >> name >> value)) continue;
    if (name == "bias") {
      model.bias = value, bias = true;
    } else if (name == "threshold") {
      model.threshold = value, threshold = true;
    }
    for (size_t i = 0; i < names.size(); ++i) {
      if (name == names[i]) model.weights[i] = value, seen |= size_t{1} << i;
    }
  }
  model.loaded = bias && threshold && seen == (size_t{1} << names.size()) - 1 &&
                 model.threshold > 0 && model.threshold < 1;
  return model;
}

const PairModel& DefaultPairModel() {
  static const PairModel* model = [] {
    std::istringstream in(util::ReadModelFile("cluster_pair_model.tsv"));
    return new PairModel(ParsePairModel(in));
  }();
  return *model;
}

}  // namespace corroborate::link
