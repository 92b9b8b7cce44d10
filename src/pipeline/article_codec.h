// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// A compact binary form of an analysed Article, for the MPI ranks'
// exchange of the articles each analysed (mpi_pipeline.cc). Every field of
// article.h is carried, byte for byte (strings are not re-encoded, doubles
// keep all their bits). Hand-written rather than through the JSON codec of
// util/analysis_json.h: building and reading JSON values cost each rank
// about 1 CPU-second per 1,500 articles it receives (perf, synthetic
// corpus, docs/scaling.md), several times the rest of the exchange, and
// no serialisation library is among the project's dependencies.
//
// Numbers are written in the machine's byte order: all ranks of one run
// must share an architecture (as one MPI job on one cluster does).
//
// Thread-safe: the functions keep no state.

#pragma once

#include <cstddef>
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

// Appends / reads one signed 64-bit number, in the same form.
void EncodeInt(int64_t value, std::string* out);
bool DecodeInt(std::string_view in, size_t* pos, int64_t* value);

}  // namespace corroborate::pipeline
