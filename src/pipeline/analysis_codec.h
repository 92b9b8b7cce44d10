// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// A compact binary form of analysed articles, reuse and stories, for what
// the MPI ranks exchange (mpi_pipeline.cc, mpi_link.cc). Every field of
// article.h is carried, byte for byte (strings are not re-encoded, doubles
// keep all their bits). Hand-written rather than through the JSON codec of
// util/analysis_json.h: building and reading JSON values (even packed as
// MessagePack) cost each rank about 1 CPU-second per 1,500 articles it
// received (perf, synthetic corpus, docs/scaling.md), 20 times this form,
// and no serialisation library is among the project's dependencies.
//
// Numbers are written in the machine's byte order: all ranks of one run
// must share an architecture (as one MPI job on one cluster does).
//
// Thread-safe: the functions keep no state.

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corroborate/article.h"

namespace corroborate::pipeline {

// Appends `article` to `*out`.
void EncodeArticle(const Article& article, std::string* out);

// Reads the article EncodeArticle wrote at `*pos` of `in` into `*article`
// and advances `*pos` past it. Returns false (with `*article` unspecified)
// if `in` ends early or holds a length beyond its end.
bool DecodeArticle(std::string_view in, size_t* pos, Article* article);

// The same for one Reuse and one Story.
void EncodeReuse(const Reuse& reuse, std::string* out);
bool DecodeReuse(std::string_view in, size_t* pos, Reuse* reuse);
void EncodeStory(const Story& story, std::string* out);
bool DecodeStory(std::string_view in, size_t* pos, Story* story);

// Appends / reads one signed 64-bit number, in the same form.
void EncodeInt(int64_t value, std::string* out);
bool DecodeInt(std::string_view in, size_t* pos, int64_t* value);

}  // namespace corroborate::pipeline
