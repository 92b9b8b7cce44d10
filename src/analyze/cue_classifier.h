// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// A learned decision whether a word token is an attribution cue, in
// PolNeAR's broad sense (speech, belief, intention, evidence): logistic
// regression over the token, its neighbours and the shape of the clause
// around it, trained by tools/train_cue_classifier.py on the PolNeAR train
// split with liblinear and read from models/cue_classifier.tsv.
//
// Thread-safe: the model is read once and then only read.

#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyze/tokenizer.h"

namespace corroborate::analyze {

// Where the learned models are read from: $CORROBORATE_MODELS_DIR, else the
// source tree's models/ (a compile-time path).
std::filesystem::path ModelsDir();

// The feature strings of token `i` ("w=said", "n1=that", ...). The training
// script gets them through CueFeatureRows (text_attributor.h), so training
// and run time share one definition.
std::vector<std::string> CueFeatures(const std::vector<Token>& tokens,
                                     size_t i);

class CueClassifier {
 public:
  // The model of $CORROBORATE_MODELS_DIR, else the source tree's models/
  // (cue_classifier.tsv); an empty model (Loaded() false) if unreadable.
  static const CueClassifier& Default();

  // Parses a model file's text: "#threshold T", "#bias B", "#word W" lines
  // (the candidate words) and "feature<TAB>weight" lines.
  static CueClassifier Parse(const std::string& model);

  bool Loaded() const { return !weights_.empty(); }
  // True iff token `i` is a word the model scores (a cue word in train).
  bool IsCandidate(const Token& token) const;
  // The probability that token `i` is (part of) a cue.
  double Probability(const std::vector<Token>& tokens, size_t i) const;
  // True iff the probability reaches the model's threshold (chosen on
  // train by the training script).
  bool IsCue(const std::vector<Token>& tokens, size_t i) const;

 private:
  double threshold_ = 0.5;
  double bias_ = 0;
  std::unordered_set<std::string> words_;  // candidate words
  // Weights by the 64-bit xxHash of the feature string: no string is
  // built for a lookup.
  std::unordered_map<uint64_t, double> weights_;
};

}  // namespace corroborate::analyze
