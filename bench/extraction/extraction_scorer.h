// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// The scoring rule of the article-extraction benchmark
// (/work/shared/corpus/extraction/README.md, "Scoring rule"): word tokens as
// Python's re.findall(r'\w+'), multisets of 4-token shingles, per-page
// precision and recall, corpus precision and recall as means over pages
// (an empty prediction is left out of the precision mean), F1 from the
// two means, and accuracy as exact token-sequence equality.
// Thread-safe: no state.

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corroborate::bench {

// Returns the maximal runs of word characters of UTF-8 `text`: Unicode
// general category L* or N*, or '_'. Everything else (including combining
// marks, format characters and malformed bytes) separates tokens; case and
// normalisation are left alone.
std::vector<std::string> Tokenize(std::string_view text);

// The comparison of one prediction with one truth.
struct PageScore {
  bool has_precision = false;  // false iff the prediction has no shingles
  bool has_recall = false;     // false iff the truth has no shingles
  double precision = 0;
  double recall = 0;
  bool exact = false;  // the token sequences are equal
};

// Scores `predicted` against `truth` by step 1-4 of the rule.
PageScore ScorePage(std::string_view predicted, std::string_view truth);

// Corpus scores (step 5).
struct CorpusScore {
  double precision = 0;  // mean of per-page precision over pages having one
  double recall = 0;     // mean of per-page recall over pages having one
  double f1 = 0;         // 2PR/(P+R) of the two means; 0 if both are 0
  double accuracy = 0;   // share of pages with exact == true
  int pages = 0;
};

CorpusScore Aggregate(const std::vector<PageScore>& pages);

}  // namespace corroborate::bench
