// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "link/stopwords.h"

#include "util/word_set.h"

namespace corroborate::link {
namespace {

// A short hand-written list: Debian ships no English stop-word list as a
// C/C++ library. Function words follow the common SMART/NLTK core; the
// reporting verbs are added because every news article uses them. A hash
// set, since the link and claim stages look up nearly every word.
const util::WordSet& Stopwords() {
  static const util::WordSet kStopwords = {
      "a",     "about",    "above",   "according", "added", "after",
      "again", "against",  "ago",     "all",       "also",  "am",
      "an",    "and",      "any",     "are",       "as",    "at",
      "be",    "because",  "been",    "before",    "being", "between",
      "both",  "but",      "by",      "can",       "could", "did",
      "do",    "does",     "doing",   "during",    "each",  "either",
      "even",  "ever",     "few",     "for",       "from",  "further",
      "had",   "has",      "have",    "having",    "he",    "her",
      "here",  "hers",     "him",     "his",       "how",   "however",
      "i",     "if",       "in",      "into",      "is",    "it",
      "it's",  "its",      "itself",  "just",      "like",  "many",
      "may",   "me",       "might",   "more",      "most",  "much",
      "must",  "my",       "neither", "no",        "nor",   "not",
      "now",   "of",       "off",     "on",        "once",  "one",
      "only",  "or",       "other",   "our",       "out",   "over",
      "own",   "reported", "reports", "said",      "same",  "says",
      "say",   "she",      "should",  "since",     "so",    "some",
      "still", "such",     "than",    "that",      "the",   "their",
      "them",  "then",     "there",   "these",     "they",  "this",
      "those", "through",  "to",      "told",      "too",   "under",
      "until", "up",       "upon",    "us",        "very",  "was",
      "we",    "were",     "what",    "when",      "where", "whether",
      "which", "while",    "who",     "whom",      "why",   "will",
      "with",  "within",   "would",   "yet",       "you",   "your",
      "mr",    "ms",       "s",       "t",         "year",
  };
  return kStopwords;
}

}  // namespace

bool IsStopword(std::string_view folded_word) {
  return Stopwords().contains(folded_word);
}

}  // namespace corroborate::link
