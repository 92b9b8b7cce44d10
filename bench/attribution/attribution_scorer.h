// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Scores predicted attribution spans against gold ones, as in the BBC
// Citron evaluation: per role (source, cue, content) precision, recall and
// F1 under exact match (the same pieces) and partial match (any overlap with
// a gold span of the same role), and the same for whole attributions (source
// and content both matching one gold attribution).
//
// A role's unit is one attribution's spans of that role (all its pieces);
// empty roles are not units, and identical units within one document count
// once (PolNeAR repeats a source span shared by several cues). Offsets are
// whatever the input uses; both sides must use the same (PolNeAR: code
// points).
//
// Thread-safe: pure functions; Scores is a plain value.

#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace corroborate::bench {

struct Span {
  size_t begin = 0;
  size_t end = 0;  // exclusive
  bool operator==(const Span&) const = default;
};

struct SpanAttribution {
  std::vector<Span> source, cue, content;
};

// Counts for one measure; precision and recall are 0 when undefined.
struct Counts {
  int predicted = 0, predicted_hits = 0;  // predicted units that match
  int gold = 0, gold_hits = 0;            // gold units that are found
  void Add(const Counts& other);
  double Precision() const;
  double Recall() const;
  double F1() const;
};

struct MatchCounts {
  Counts exact, partial;
};

struct Scores {
  MatchCounts source, cue, content, attribution;
  void Add(const Scores& other);
};

// Scores the attributions of one document.
Scores ScoreDocument(const std::vector<SpanAttribution>& gold,
                     const std::vector<SpanAttribution>& predicted);

// Reads an "attributions" array of the PolNeAR / `corroborate attribute`
// shape: [{"source": [[b, e], ...], "cue": [...], "content": [...]}, ...].
// Malformed entries are skipped.
std::vector<SpanAttribution> ParseAttributions(const nlohmann::json& array);

// A fixed-width table of the scores: one row per role and match type.
std::string FormatTable(const Scores& scores);

}  // namespace corroborate::bench
