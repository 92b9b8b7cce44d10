// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The learned same-event model: logistic regression over PairFeatures
// (pair_features.h), fitted by tools/cluster_train_pair_model.py on the
// pairs of polnear-train-events.jsonl only and saved in
// models/cluster_pair_model.tsv, with the decision threshold chosen there
// by cross-validation on the same training pairs.
//
// File format, one "name<TAB>value" per line ('#' starts a comment): one
// line per feature name of PairFeatureNames() (the weight, in raw feature
// units), "bias", and "threshold" (the probability at which a pair counts
// as one event).
//
// Thread-safe: a loaded model is immutable.

#pragma once

#include <istream>

#include "link/pair_features.h"

namespace corroborate::link {

struct PairModel {
  bool loaded = false;  // false: no usable model file was found
  PairFeatures weights{};
  double bias = 0;
  double threshold = 0.5;

  // Returns P(same event | features) = 1 / (1 + exp(-(w.x + bias))).
  double Probability(const PairFeatures& features) const;
};

// Parses a model file; loaded is false unless every feature, the bias and
// the threshold were read.
PairModel ParsePairModel(std::istream& in);

// Returns the model read once from cluster_pair_model.tsv in
// $CORROBORATE_MODELS_DIR, else in the source tree's models/; not loaded
// if neither can be read (the clusterer then falls back to the cosine).
const PairModel& DefaultPairModel();

}  // namespace corroborate::link
