// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// How MPI ranks split the input files: a pure function of the file sizes, so
// every rank computes the same split without talking to the others.

#pragma once

#include <cstdint>
#include <vector>

namespace corroborate::pipeline {

// Returns, for each file, the rank (0..ranks-1) that reads it. Greedy
// longest-processing-time: files by decreasing size (ties by index), each to
// the rank with the fewest bytes so far (ties to the lowest rank). Analysis
// time grows with text length, so bytes balance the work; the greedy split is
// within 4/3 of the best possible (Graham 1969).
// `initial`, if given, is each rank's load before the first file (work it
// has to do anyway), in the same unit as `sizes`.
// REQUIRES: ranks >= 1; initial is empty or has `ranks` entries.
std::vector<int> AssignBySize(const std::vector<uint64_t>& sizes, int ranks,
                              const std::vector<uint64_t>& initial = {});

}  // namespace corroborate::pipeline
