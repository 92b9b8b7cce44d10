// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// OriginResolver traces the sentences that carry one claim back to their
// independent roots, following docs/provenance.md: an outlet passing on what
// it was told is a conduit; one anonymous group reached through several
// outlets is one root; conditional comments, reactions, unattributed repeats
// and copied text add no root; denials add no root but are reported.
//
// Thread-safe after construction if the lexicon is not shared; Resolve does
// not modify the resolver.

#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/paraphrase_lexicon.h"

namespace corroborate::corroborate {

// A sentence that carries a claim: (article index, sentence index).
using SentenceRef = std::pair<int, int>;

// What one carrying sentence (and one of its attributions) does for the
// count: ClaimAttribution::role and ::origin.
struct SentenceRole {
  SentenceRef ref;
  const Attribution* attribution = nullptr;  // nullptr if unattributed
  std::string role;
  int origin = -1;  // index into Provenance::origins
};

struct Provenance {
  std::vector<Origin>
      origins;  // independent roots, in order of first appearance
  std::vector<SentenceRole> roles;  // one per (sentence, attribution)
  bool denied = false;              // the party concerned denies the claim
  bool contested = false;           // someone else disputes it
  std::string denier;  // who denied or disputed it, as written ("" if unsaid)
  bool unconfirmed =
      false;  // a carrying article says it is not (officially) confirmed
  std::string unconfirmed_text;  // the sentence that says so
  // A root is the party concerned confirming on the record ("X confirmed").
  std::string confirmer;  // "" if none
};

class OriginResolver {
 public:
  // `articles` and `reuse` must outlive the resolver.
  OriginResolver(const std::vector<Article>& articles,
                 const std::vector<Reuse>& reuse, ParaphraseLexicon* lexicon);

  // Returns the provenance of a claim carried by `members`; `claim_terms`
  // are the lexicon terms of its representative sentence (to tell whether a
  // denier is the party the claim is about).
  Provenance Resolve(const std::vector<SentenceRef>& members,
                     const std::vector<std::string>& claim_terms) const;

  // The attributions of one sentence (none if unattributed).
  std::vector<const Attribution*> AttributionsOf(const SentenceRef& ref) const;

  // True iff the sentence denies or rejects what it reports (a "denied"
  // signal or a denial cue, not negated as in "did not deny").
  bool IsDenial(const SentenceRef& ref) const;

 private:
  struct Root;
  // Adds the root named by `a` (or joins it to an equal root); returns its
  // index in *roots, or -1 if `a` names none.
  int AddRoot(const SentenceRef& carrier, const SentenceRef& said,
              const Attribution& a, std::vector<Root>* roots) const;
  // Drops the attributions of a sentence whose content is not the claim.
  void KeepThoseAboutTheClaim(
      const std::vector<std::string>& claim_terms,
      std::vector<const Attribution*>* attributions) const;
  // Adds the roots of one carrying sentence's attributions, one per chain.
  void AddSentenceRoots(const SentenceRef& carrier, const SentenceRef& said,
                        const std::vector<const Attribution*>& attributions,
                        std::vector<Root>* roots) const;
  // Sets r's key and origin for an unnamed party cited without a conduit
  // (rule 2: the article's chain it points back to, else its own group).
  void UnnamedRoot(const Article& article, int sentence, const Attribution& a,
                   Root* r) const;
  // Rule 1: an outlet named alone where the article reports a chain
  // through it; sets r to that chain and returns true, else false.
  bool OutletChainRoot(const Article& article, int sentence,
                       const Attribution& a, Root* r) const;
  static void MergeAppositions(std::vector<Root>* roots);
  static void MergeVague(std::vector<Root>* roots, Provenance* out);
  void MergeOutletOnly(std::vector<Root>* roots) const;
  void MergeOwnReports(std::vector<Root>* roots) const;
  bool PublishedBy(const Origin& origin, const std::string& outlet) const;
  void NoteUnconfirmed(const SentenceRef& ref,
                       const std::vector<std::string>& claim_terms,
                       Provenance* out) const;
  bool Concerns(const std::string& party,
                const std::vector<std::string>& claim_terms) const;
  void Finish(std::vector<Root>* roots,
              const std::vector<std::string>& claim_terms,
              Provenance* out) const;
  // Records a denial; returns true iff the denier is the party concerned.
  bool AddDenial(const SentenceRef& ref,
                 const std::vector<std::string>& claim_terms,
                 Provenance* out) const;

  const std::vector<Article>& articles_;
  ParaphraseLexicon* lexicon_;
  std::map<SentenceRef, SentenceRef>
      copied_from_;  // reused sentence -> its original
};

}  // namespace corroborate::corroborate
