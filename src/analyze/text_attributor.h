// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Attribution on raw text, for `corroborate attribute` and the PolNeAR
// benchmark: the whole text is one article body (no title line is taken
// off), each non-blank line a paragraph, and every span is given in Unicode
// code points of the text, the unit of PolNeAR's offsets.
//
// Thread-safe: pure function.

#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corroborate/article.h"

namespace corroborate::analyze {

// Code points [begin, end) of the text.
struct CodePointRange {
  size_t begin = 0;
  size_t end = 0;
};

struct TextAttribution {
  Attribution attribution;  // as FindAttributions gives it
  std::vector<CodePointRange> source, cue, content;
  // The kind of the party the source span names: the attribution's
  // source_kind, but via_kind for "B told outlet A", whose span is B while
  // Attribution::source is A.
  SourceKind source_type = SourceKind::kUnknown;
};

// A word token of `text` outside quotation marks, with the features the cue
// classifier sees (cue_classifier.h): the rows tools/train_cue_classifier.py
// learns from.
struct CueTokenRow {
  CodePointRange range;
  std::string word;  // lower case
  std::vector<std::string> features;
};

class CueClassifier;

// The rows of `text`, split into paragraphs and sentences as AttributeText
// splits it. With a `first` model, each row also gets the second-pass
// features (StackFeatures) that model's first pass gives: the rows of the
// stacked model.
std::vector<CueTokenRow> CueFeatureRows(std::string_view text,
                                        const CueClassifier* first = nullptr);

// Finds the attributions of `text` (UTF-8; invalid bytes count as one code
// point each), in text order. Candidates the learned attribution filter
// (attribution_filter.h, models/attribution_filter.tsv) rejects are left
// out.
std::vector<TextAttribution> AttributeText(std::string_view text);

// A candidate attribution with the features the attribution filter sees:
// the rows tools/train_attribution_filter.py learns from.
struct AttributionRow {
  std::vector<CodePointRange> cue;
  std::vector<std::string> features;
};

// The rows of every candidate AttributeText considers, before the filter.
std::vector<AttributionRow> AttributionFilterRows(std::string_view text);

}  // namespace corroborate::analyze
