// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// ClaimMatcher groups the sentences of one story that assert the same
// thing. Each sentence becomes a vector of claim terms (ParaphraseLexicon)
// weighted by their inverse sentence frequency within the story, so that
// the words nearly every sentence shares (the main actors) weigh little and
// the distinguishing ones (who agreed, what was allowed) weigh much.
// Sentences are grouped by average-link clustering on cosine similarity;
// a sentence may then also join any other group it matches as well (soft
// assignment: "Israel struck bases with US permission" supports both the
// strikes and the permission). Two sentences are similar at all only if
// they share a ClaimCore (claim_core.h); two that state the same act by
// the same agent at a shared place (EventFrame, event_frame.h) are similar
// however differently they word it.
//
// Thread-safe: a ClaimMatcher is immutable after construction.

#pragma once

#include <string>
#include <vector>

#include "corroborate/claim_core.h"
#include "corroborate/event_frame.h"
#include "corroborate/paraphrase_lexicon.h"

#include "link/term_weights.h"

namespace corroborate::corroborate {

class ClaimMatcher {
 public:
  // `texts` are the candidate sentences of one story; `group[i]` says which
  // article sentence i comes from.
  ClaimMatcher(const std::vector<std::string>& texts,
               const std::vector<int>& group, ParaphraseLexicon* lexicon);

  // Cosine similarity of sentences i and j (0..1).
  double Similarity(int i, int j) const;

  struct Group {
    std::vector<int> core;     // the sentences clustered together (sorted)
    std::vector<int> members;  // core plus softly assigned sentences (sorted)
  };

  // Returns groups of sentence indexes at `threshold`; every sentence is in
  // exactly one core, and in other groups' members only by soft assignment
  // to a group holding sentences of another article.
  std::vector<Group> Cluster(double threshold) const;

  // Returns the member of `members` most similar on average to the others.
  int Central(const std::vector<int>& members) const;

  // The claim terms of sentence i (for tests and explanations).
  const std::vector<std::string>& terms(int i) const { return terms_[i]; }

 private:
  double AverageSimilarity(int i, const std::vector<int>& members) const;
  // Adds to each group's members the sentences of other articles' groups
  // that match its core on average at `threshold`: to the best such group
  // of each sentence only.
  void AssignSoftly(double threshold, std::vector<Group>* groups) const;
  // Adds each sentence that says an explosion was an act ("the blast was
  // caused by an airstrike", EventFrame::cause) to the group stating who
  // carried out that act, when its own article carries exactly one such
  // group: the assessment supports the claim that the act took place.
  void AttachCauses(std::vector<Group>* groups) const;
  // True if most of the `core` sentences state an act (EventFrame).
  bool StatesEvent(const std::vector<int>& core) const;
  // The terms found in at least half of the `core` sentences.
  link::TermVector SharedTerms(const std::vector<int>& core) const;
  // Share of the squared weight of `terms` found in `sentence`.
  static double Coverage(const link::TermVector& sentence,
                         const link::TermVector& terms);

  std::vector<std::vector<std::string>> terms_;
  std::vector<link::TermVector> vectors_;
  std::vector<ClaimCore> cores_;
  std::vector<EventFrame> frames_;
  std::vector<int> group_;
};

}  // namespace corroborate::corroborate
