// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The words that tell one news event from another: stemmed content words of
// an article's title and body, where names, numbers and title words weigh
// more (they name the happening: who, where, how many, which day; the
// common vocabulary of a topic does not). Shared by the batch clusterer
// (story_clusterer.cc) and the incremental index (story_index.h).
//
// Thread-safe: the functions keep no state; a WordStemmer is not
// thread-safe, so give each thread its own.

#pragma once

#include <string>
#include <vector>

#include "corroborate/article.h"

#include "link/term_weights.h"
#include "link/word_stemmer.h"

namespace corroborate::link {

// Articles more than this many days apart are different events unless they
// share text: the PolNeAR labelling treats an event as a happening of a few
// days. On polnear-train-events.jsonl a 3-day window gives F1 0.36 against
// 0.32 with 7 days (same threshold).
inline constexpr int kMaxDaysApart = 3;

// Topic level, the second level of the clustering (story_levels.h): pairs
// join across any span of time when their cosine reaches this. Their cosine
// is scaled by story_similarity / kTopicSimilarity, so that one threshold
// and one clustering routine serve both levels. Chosen on wikiref-dev.jsonl
// (topic labels; sweep in docs/clustering.md): pairwise P/R/F1
// 0.940/0.946/0.943 at 0.055, 0.982/0.944/0.963 at 0.06, 0.983/0.918/0.950
// at 0.07, 0.999/0.798/0.887 at 0.09, 1.0/0.609/0.757 at 0.11.
inline constexpr double kTopicSimilarity = 0.06;

// Returns the weighted terms of `article`: its title, then its sentences
// (or its non-boilerplate paragraphs if it has not been analysed).
std::vector<WeightedTerm> EventTerms(const Article& article,
                                     WordStemmer* stemmer);

// Returns the weighted terms of `article`'s title alone, as EventTerms
// weighs them.
std::vector<WeightedTerm> TitleTerms(const Article& article,
                                     WordStemmer* stemmer);

// Returns the weighted terms of `article`'s lead: its title and its first
// kLeadParagraphs non-boilerplate paragraphs (or first sentences if it has
// no paragraphs). The lead names the happening; later paragraphs drift to
// background the whole topic shares. Two paragraphs: a news report's
// inverted pyramid puts who, what and when there; not tuned.
inline constexpr size_t kLeadParagraphs = 2;
std::vector<WeightedTerm> LeadTerms(const Article& article,
                                    WordStemmer* stemmer);

// Returns the days since 1970-01-01 of an ISO 8601 date ("2019-08-21..."),
// or -1 if `date` is empty or not such a date.
long DayNumber(const std::string& date);

}  // namespace corroborate::link
