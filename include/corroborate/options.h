// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// One options struct per stage, composed into PipelineOptions. Each field
// states its unit and default and where the default comes from. Every stage
// validates its options once, on entry (ValidateOptions below).

#pragma once

#include <string>

#include "corroborate/status.h"

namespace corroborate {

struct IngestOptions {
  // Files larger than this are rejected with a clear error (bytes).
  // Default 64 MiB: far above any real article, low enough to keep memory
  // bounded.
  size_t max_file_bytes = 64u << 20;
  // A file whose bytes are more than this fraction of control characters
  // (other than tab, CR, LF, FF) is treated as binary. Default 0.05.
  double max_control_fraction = 0.05;
};

struct ExtractOptions {
  // Paragraphs of at most this many words may be captions, credits, related
  // links or stray markup; longer ones are body unless they match an explicit
  // boilerplate pattern. Default 40 words.
  int max_boilerplate_words = 40;
};

struct AnalyzeOptions {
  // Articles scoring below this are flagged low_quality (0..1). Default 0.5:
  // see src/analyze/quality_scorer.cc for the calibration.
  double low_quality_below = 0.5;
  // Paragraphs shorter than this (bytes) take the article's language instead
  // of their own CLD2 guess, which is unreliable on a few words. Default 40.
  int min_language_bytes = 40;
};

// What one story groups (src/link/story_levels.h).
enum class StoryLevel {
  // One happening within a few days: dated articles more than 3 days apart
  // never join, and a different event about the same people or places stays
  // apart. The default, and what corroboration is about.
  kEvent,
  // One subject followed over any span of time ("a football league", "a
  // public figure"): no date window, a lower similarity cut.
  kTopic,
};

struct LinkOptions {
  // Words per shingle for reuse detection. Default 3.
  int shingle_size = 3;
  // MinHash functions per article (bands * rows). Default 128 = 32 bands x 4
  // rows.
  int minhash_functions = 128;
  int lsh_bands = 32;
  // Two sentences count as a reused passage at or above this shingle Jaccard.
  // Default 0.5.
  double passage_overlap = 0.5;
  // Two articles join one story at or above this similarity (0..1). See
  // src/link/story_clusterer.cc for how it was chosen.
  double story_similarity = 0.2;
  // Event (default) or topic stories.
  StoryLevel level = StoryLevel::kEvent;
};

struct CorroborateOptions {
  // Two sentences assert the same claim at or above this similarity (0..1).
  // See src/corroborate/claim_matcher.cc for how it was chosen.
  double claim_similarity = 0.3;
};

struct StoreOptions {
  // "file.db" or "sqlite:file.db" for SQLite; "" for no store.
  std::string url = "corroborate.db";
};

struct EntityOptions {
  // The gazetteer file for geocoding (data/gazetteer/build_gazetteer.js
  // writes it). "" means: $CORROBORATE_GAZETTEER if set, else the one the
  // build generated. Without a readable gazetteer entities are still found,
  // but places get no coordinates.
  std::string gazetteer_path;
};

struct PipelineOptions {
  IngestOptions ingest;
  ExtractOptions extract;
  AnalyzeOptions analyze;
  EntityOptions entities;
  LinkOptions link;
  CorroborateOptions corroborate;
  StoreOptions store;
};

// Returns InvalidArgument naming the first field out of range.
Status ValidateOptions(const PipelineOptions& options);

}  // namespace corroborate
