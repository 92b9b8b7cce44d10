// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// A learned filter over whole candidate attributions of broad mode: logistic
// regression over the shape of one attribution the finder produced (its cue
// words and cue classifier probability, the kind of source and where it
// stands, the content's length and quoting, the sentence around it), trained
// by tools/train_attribution_filter.py on the PolNeAR train split (label:
// the cue overlaps a gold cue) with liblinear and read from
// models/attribution_filter.tsv. Only `corroborate attribute`
// (AttributeText) applies it; the pipeline keeps every attribution.
//
// Thread-safe: the model is read once and then only read.

#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "corroborate/article.h"

namespace corroborate::analyze {

// The feature strings of `a`, an attribution FindAttributions found in
// `sentences` ("cue=said", "src=pron", "cp>=0.5", ...). The training script
// gets them through AttributionFilterRows (text_attributor.h).
std::vector<std::string> AttributionFeatures(
    const Attribution& a, const std::vector<Sentence>& sentences);

class AttributionFilter {
 public:
  // The model of util::ModelsDir() (attribution_filter.tsv); an empty model
  // (Loaded() false, keeps everything) if unreadable.
  static const AttributionFilter& Default();

  // Parses a model file's text: "#threshold T", "#bias B" and
  // "feature<TAB>weight" lines.
  static AttributionFilter Parse(const std::string& model);

  bool Loaded() const { return !weights_.empty(); }
  // The probability that an attribution with `features` matches a gold cue.
  double Probability(const std::vector<std::string>& features) const;
  // True iff the model is not loaded or the probability of `a` reaches the
  // threshold (chosen on a held-out fifth of train by the training script).
  bool Keep(const Attribution& a, const std::vector<Sentence>& sentences) const;

 private:
  double threshold_ = 0.5;
  double bias_ = 0;
  std::unordered_map<std::string, double> weights_;
};

}  // namespace corroborate::analyze
