// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The rules of docs/provenance.md about parties, as OriginResolver applies
// them to single attributions: which chain an unnamed or outlet-only party
// belongs to, when two root keys are one root, what kind a root is, and
// which attributions of one sentence form one chain.
//
// Thread-safe: plain functions without state.

#pragma once

#include <string>
#include <vector>

#include "corroborate/article.h"
#include "corroborate/paraphrase_lexicon.h"

namespace corroborate::corroborate {

// The chain ("<outlet> ..., citing <via>") of `article` that an unnamed
// party of sentence `sentence` refers to: the nearest anonymous chain
// before it, else the first after it; nullptr if none. With `conduit` (a
// SourceKey), the nearest chain of any kind through that outlet.
const Attribution* NearestChain(const Article& article, int sentence,
                                const ParaphraseLexicon& lexicon,
                                const std::string& conduit = "");

// True if root keys `a` and `b` ("conduit" or "conduit|description", or a
// party's key) are one root; a surname alone matches the full name.
bool SameRoot(const std::string& a, const std::string& b);

// True if the unnamed `description` points back to a group already
// introduced ("the sources", "those officials", a bare "sources").
bool IsAnaphoric(const std::string& description);

// True if the anaphoric `description` can be the group described as `via`.
bool RefersTo(const std::string& description, const std::string& via);

// True if `party` is an unnamed person or group described by what they
// are, with no name at all ("two senior executives", "a spokeswoman",
// "people familiar with the matter"): an anonymous source even when the
// attribution does not mark it so.
bool LooksUnnamed(const std::string& party);

// True if `party` is a description, not a name ("an Arabic news site"), or
// an unresolved pronoun ("She").
bool IsVague(const std::string& party);

// True if `party` is a definite description whose head is no name ("the
// head of the rules committee", "The Republican incumbent", "the
// company"): in a story that names one party besides, most often that
// party in other words ("Joe Maloy").
bool IsDefiniteDescription(const std::string& party);

Origin MakeOrigin(const std::string& source, const std::string& via,
                  bool anonymous);

// Origin::kind of the innermost party of `a`.
std::string KindOf(const Attribution& a);

// True if `cue` confirms ("confirmed", "acknowledged"), not negated.
bool IsConfirmCue(const std::string& cue);

// True if `party` released images or data in sentence `sentence` of
// `article` or the one before (its root counts as imagery).
bool PublishedImagery(const Article& article, int sentence,
                      const std::string& party);

// Why root `o` counts apart from the roots before it.
std::string Independence(const Origin& o, bool anonymous);

// For the attributions of one sentence, the index of the attribution whose
// root each joins (itself if it names a root of its own).
std::vector<size_t> ChainOf(const std::vector<const Attribution*>& all);

}  // namespace corroborate::corroborate
