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
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyze/tokenizer.h"

namespace corroborate::analyze {

// The feature strings of token `i` ("w=said", "n1=that", ...). The training
// script gets them through CueFeatureRows (text_attributor.h), so training
// and run time share one definition.
std::vector<std::string> CueFeatures(const std::vector<Token>& tokens,
                                     size_t i);

// Candidate words scored per sentence: each costs a subject search, so
// run-on input must not be scored whole; real sentences (PolNeAR train:
// rarely over 60 tokens) have far fewer candidates.
constexpr size_t kMaxScoredPerSentence = 64;

// The second-pass features of token `i` ("pl=3", "nhi=1", ...): what the
// first pass says of it and of the sentence's other candidates. `first[k]`
// is the first-pass probability of token k, negative for non-candidates.
std::vector<std::string> StackFeatures(const std::vector<double>& first,
                                       size_t i);

class CueClassifier {
 public:
  // The model of $CORROBORATE_MODELS_DIR, else the source tree's models/
  // (cue_classifier.tsv, and the second pass cue_classifier_stack.tsv if
  // there is one); an empty model (Loaded() false) if unreadable.
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

  // Adds a second pass (Parse's format; its weights cover the first pass's
  // features and StackFeatures), which then makes the decision.
  void SetStack(CueClassifier stack);
  bool Stacked() const { return stack_ != nullptr; }
  // The first-pass probability of each of the sentence's first
  // kMaxScoredPerSentence candidates; -1 for the other tokens.
  std::vector<double> FirstPass(const std::vector<Token>& tokens) const;
  // The probability of each token the decision uses: the second pass's if
  // there is one, else FirstPass's; -1 for tokens not scored.
  std::vector<double> Probabilities(const std::vector<Token>& tokens) const;
  // The threshold of that decision.
  double DecisionThreshold() const {
    return stack_ != nullptr ? stack_->threshold_ : threshold_;
  }

 private:
  double threshold_ = 0.5;
  double bias_ = 0;
  std::unordered_set<std::string> words_;  // candidate words
  // Weights by the 64-bit xxHash of the feature string: no string is
  // built for a lookup.
  std::unordered_map<uint64_t, double> weights_;
  std::shared_ptr<const CueClassifier> stack_;  // second pass, or null
};

}  // namespace corroborate::analyze
